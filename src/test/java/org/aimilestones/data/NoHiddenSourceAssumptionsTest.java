package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a source is adding files under data/: nothing outside data/ may name a particular source or the span of
 * years the sources cover. This test reads the code, pages, scripts and tests for a source's name
 * ({@code ai-milestones-2012-2014}, {@code ai-milestones-2015-video-transcript}), a span of years ("2012–2014") and,
 * in the shipped code and pages, any year at all; each finding must be on the allow-list
 * {@code src/test/resources/hidden-assumptions.tsv}, which says why it may stay, and every entry of the list must
 * still be needed.
 */
class NoHiddenSourceAssumptionsTest {

    static final Pattern SOURCE_NAME = Pattern.compile("ai-milestones-20[0-9]{2}(?:-20[0-9]{2})?(?:-video-transcript)?");
    static final Pattern SPAN = Pattern.compile("20[0-9]{2} ?[-–] ?20[0-9]{2}");
    /** A year not inside a name, number, path or IRI (namespace IRIs such as …/2000/01/rdf-schema# are not years). */
    static final Pattern YEAR = Pattern.compile("(?<![\\w./#:-])(?:19[5-9][0-9]|20[0-2][0-9])(?![\\w/])");

    /** Where a finding counts: shipped code and pages are held to every pattern, tests and scripts to names and spans. */
    static final List<Path> SHIPPED = List.of(Path.of("src/main/java"), Path.of("src/main/resources"));
    static final List<Path> OTHERS = List.of(Path.of("src/test/java"), Path.of("bin"), Path.of(".ci"));
    static final Path ALLOWED = Path.of("src/test/resources/hidden-assumptions.tsv");

    record Finding(Path file, int line, String match) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + match;
        }
    }

    record Allowance(String file, String match, String why) {
        boolean covers(Finding f) {
            return f.file().toString().replace('\\', '/').equals(file) && f.match().equals(match);
        }
    }

    static List<Finding> scan(List<Path> roots, List<Pattern> patterns) {
        List<Finding> findings = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(NoHiddenSourceAssumptionsTest::isText)
                        .sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        for (Pattern p : patterns) {
                            Matcher m = p.matcher(lines.get(i));
                            while (m.find()) {
                                findings.add(new Finding(file, i + 1, m.group()));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return findings;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".java", ".js", ".html", ".css", ".properties", ".txt", ".json", ".sh", ".options", ".md")
                .anyMatch(name::endsWith) || !name.contains(".");
    }

    static List<Finding> findings() {
        List<Finding> all = new ArrayList<>(scan(SHIPPED, List.of(SOURCE_NAME, SPAN, YEAR)));
        all.addAll(scan(OTHERS, List.of(SOURCE_NAME, SPAN)));
        // a year span also matches as two years, and a name holds a year: count each place once, by its widest match
        return all.stream().filter(f -> all.stream().noneMatch(g -> g != f && g.file().equals(f.file())
                && g.line() == f.line() && g.match().length() > f.match().length() && g.match().contains(f.match())))
                .distinct().toList();
    }

    static List<Allowance> allowed() throws IOException {
        List<Allowance> list = new ArrayList<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            assertEquals(3, cols.length, "file<TAB>match<TAB>why: " + line);
            assertTrue(cols[2].length() > 10, "say why: " + line);
            list.add(new Allowance(cols[0], cols[1], cols[2]));
        }
        return list;
    }

    @Test
    void nothingOutsideDataNamesASourceOrItsYearsUnlessAllowed() throws IOException {
        List<Allowance> allowed = allowed();
        List<String> hidden = findings().stream().filter(f -> allowed.stream().noneMatch(a -> a.covers(f)))
                .map(Finding::toString).toList();
        assertEquals(List.of(), hidden, "a source or year written outside data/: read it from the graph instead"
                + " (or, if it must stay, add it with the reason to " + ALLOWED + ")");
    }

    @Test
    void everyAllowanceIsStillNeeded() throws IOException {
        List<Finding> findings = findings();
        List<String> stale = allowed().stream().filter(a -> findings.stream().noneMatch(a::covers))
                .map(a -> a.file() + "\t" + a.match()).toList();
        assertEquals(List.of(), stale, "entries of " + ALLOWED + " that match nothing any more: remove them");
    }

    @Test
    void theScanFindsWhatItLooksFor(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("Page.java"), String.join("\n",
                "String brand = \"AI milestones 2012–2014\";",
                "String deck = \"https://w3id.org/ai-milestones/resource/ai-milestones-2015-video-transcript/cue-3\";",
                "int first = 2012;",
                "String ns = \"http://www.w3.org/2000/01/rdf-schema#\";"));
        List<String> found = scan(List.of(tmp), List.of(SOURCE_NAME, SPAN, YEAR)).stream().map(Finding::match)
                .toList();
        assertTrue(found.containsAll(List.of("2012–2014", "ai-milestones-2015-video-transcript", "2012")), found
                .toString());
        assertTrue(!found.contains("2000"), "a namespace IRI is not a year: " + found);
    }
}
