package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimilestones.server.ReleaseArchive;
import org.aimilestones.testing.CliRun;
import org.aimilestones.vocab.Release;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frozen releases under data/releases/: every file is the one its SHA-256 in releases.tsv names (a release
 * never changes), every release has every dump, each parses, and the release this build is holds the very graph of
 * the working tree: changing the graph means cutting a new version (docs/publishing.md#releases).
 */
class ReleasesTest {

    private static final Path RELEASES = Path.of(ReleaseArchive.FOLDER);
    private static final List<String> DUMPS = List.of("ai-milestones.ttl", "ai-milestones.nt", "ai-milestones.jsonld",
            "ai-milestones-inferred.ttl", "ai-milestones-inferred.nt");

    private static List<ReleaseArchive.Entry> entries() throws IOException {
        return ReleaseArchive.parse(Files.readString(RELEASES.resolve(ReleaseArchive.LIST), StandardCharsets.UTF_8));
    }

    @Test
    void everyFrozenFileIsTheOneItsSha256Names() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (ReleaseArchive.Entry e : entries()) {
            Path file = RELEASES.resolve(e.path() + ".gz");
            assertTrue(Files.isRegularFile(file), "releases.tsv lists " + file + ", which is missing");
            assertEquals(e.sha256(), ReleaseArchive.sha256(Files.readAllBytes(file)),
                    file + " changed since its release: a release never changes");
            listed.add(e.path() + ".gz");
        }
        try (Stream<Path> files = Files.walk(RELEASES)) {
            Set<String> present = files.filter(p -> p.toString().endsWith(".gz"))
                    .map(p -> RELEASES.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(listed, present, "frozen files not listed in releases.tsv, or listed and missing");
        }
    }

    @Test
    void everyReleaseHasEveryDumpAndEachParses() throws IOException {
        Set<String> versions = entries().stream().map(ReleaseArchive.Entry::version)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(versions.contains("0.2.0"), "the first release under the project's namespace is frozen");
        for (String version : versions) {
            List<String> files = entries().stream().filter(e -> e.version().equals(version))
                    .map(ReleaseArchive.Entry::file).toList();
            assertEquals(DUMPS, files, "the dumps of release " + version);
            for (String file : files) {
                assertTrue(parse(version, file).size() > 1000, version + "/" + file);
            }
        }
    }

    @Test
    void thisBuildsReleaseHoldsTheGraphOfTheWorkingTree() throws IOException {
        String version = Release.VERSION;
        assertTrue(entries().stream().anyMatch(e -> e.version().equals(version)), "release " + version
                + " is not frozen: cut it with `bin/ai-milestones --data . release` (docs/publishing.md#releases)");
        String hint = ": the graph differs from release " + version + " as frozen in " + RELEASES + "/" + version
                + "; a release never changes, so set the next version in pom.xml (docs/publishing.md#releases)";
        assertTrue(parse(version, "ai-milestones.nt").isIsomorphicWith(ShippedGraph.get().asserted()),
                "asserted" + hint);
        assertTrue(parse(version, "ai-milestones-inferred.nt").isIsomorphicWith(ShippedGraph.get().inferred()),
                "inferred" + hint);
    }

    @Test
    void aFrozenReleaseIsNeverWrittenAgain(@TempDir Path tmp) throws IOException {
        Path releases = Files.createDirectories(tmp.resolve("releases"));
        String[] args = {"--data", ".", "release", "--releases", releases.toString(), "--date", "2026-12-03"};
        CliRun first = CliRun.cli(args);
        assertEquals(0, first.exitCode(), first.err());
        List<ReleaseArchive.Entry> written = ReleaseArchive.parse(Files.readString(releases.resolve("releases.tsv")));
        assertEquals(DUMPS, written.stream().map(ReleaseArchive.Entry::file).toList());
        assertTrue(written.stream().allMatch(e -> e.version().equals(Release.VERSION)
                && e.date().equals(LocalDate.of(2026, 12, 3))));
        byte[] before = Files.readAllBytes(releases.resolve(Release.VERSION).resolve("ai-milestones.nt.gz"));
        CliRun again = CliRun.cli(args);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("frozen already") && again.err().contains("never changes"), again.err());
        assertArrayEquals(before, Files.readAllBytes(releases.resolve(Release.VERSION).resolve("ai-milestones.nt.gz")),
                "untouched");
        assertEquals(written, ReleaseArchive.parse(Files.readString(releases.resolve("releases.tsv"))), "untouched");
    }

    private static Graph parse(String version, String file) throws IOException {
        byte[] bytes = ReleaseArchive.gunzip(Files.readAllBytes(RELEASES.resolve(version).resolve(file + ".gz")));
        Lang lang = RDFLanguages.filenameToLang(file);
        return RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), lang).toGraph();
    }
}
