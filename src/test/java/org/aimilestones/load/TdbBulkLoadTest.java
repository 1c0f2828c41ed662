package org.aimilestones.load;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Fixture;
import org.aimilestones.testing.Scale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk loading a generated file into TDB2: every triple arrives, progress is reported, errors name the place. */
class TdbBulkLoadTest {

    @TempDir
    Path tmp;

    @Test
    void generatedFileLoadsCompletelyAndSurvivesReopening() throws IOException {
        Path file = tmp.resolve("ai-milestones-generated.nt");
        long scale = Scale.withSynthetic(20_000);
        CliRun generated = cli("generate", "--scale", Long.toString(scale), "--output", file.toString());
        assertEquals(0, generated.exitCode(), generated.err());
        long lines = Files.readAllLines(file).size();
        assertTrue(lines >= scale && lines < scale + Scale.BLOCK, "triples " + lines + " for scale " + scale);
        Path dir = tmp.resolve("tdb2");

        CliRun load = cli("load", "--tdb2", dir.toString(), file.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().matches("(?s).*loaded " + Pattern.quote(String.format(Locale.ROOT, "%,d", lines))
                + " triples in [0-9.]+s \\([0-9,]+ triples/s\\).*"), load.out());

        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(dir.toString());
        long stored = Txn.calculateRead(reopened, () -> (long) reopened.getDefaultGraph().size());
        TDBInternal.expel(reopened);
        assertEquals(lines, stored);
    }

    @Test
    void loadPrintsOnlyItsOwnProgress() throws IOException {
        Path file = tmp.resolve("ai-milestones-generated.nt");
        // more than one progress interval of load, whatever the real graph's size
        long scale = Math.max(Scale.realTriples(), TdbBulkLoad.PROGRESS_EVERY) + 50_000;
        assertEquals(0, cli("generate", "--scale", Long.toString(scale), "--output", file.toString()).exitCode());
        CliRun load = cli("load", "--tdb2", tmp.resolve("tdb2").toString(), file.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertEquals("", load.err());
        List<String> lines = load.out().lines().toList();
        for (String line : lines) {
            assertTrue(line.matches("loaded [0-9,]+ triples, [0-9,]+ triples/s, \\d+% done, ETA [0-9.ms]+")
                    || line.matches("parsed [0-9,]+ triples; building the indexes")
                    || line.matches("loaded [0-9,]+ triples in [0-9.ms]+ \\([0-9,]+ triples/s\\)")
                    || line.matches("[0-9,]+ triples from " + Pattern.quote(file + " are in the TDB2 database "
                            + tmp.resolve("tdb2"))),
                    "a line of load's own: " + line + "\nin:\n" + load.out());
        }
        assertTrue(lines.get(0).startsWith(String.format(Locale.ROOT, "loaded %,d triples, ",
                TdbBulkLoad.PROGRESS_EVERY)), load.out());
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb2").toString()));
    }

    /** Where load and --data place a parse error: on the line at fault, not the line after it. */
    @Test
    void parseErrorsAreOnTheLineAtFault() {
        String a = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n";
        String[][] cases = {
            // N-Triples: the '.' missing at the end of line 2 (noticed at the subject on line 3)
            {"dot.nt", a + "<http://example.org/a> <http://example.org/b> <http://example.org/d>\n" + a, ":2:69: "},
            // ... with a comment at its end, a blank line and a comment line before the next triple
            {"comment.nt", a + "<http://example.org/a> <http://example.org/b> \"x # y\" # note\n\n# more\n" + a,
                ":2:54: "},
            // a string broken by a line end (reported after the line end)
            {"string.nt", a + "<http://example.org/a> <http://example.org/b> \"broken\n\" .\n", ":2:54: "},
            // an IRI broken by a line end
            {"iri.nt", a + "<http://example.org/a> <http://example.org/b> <http://example.org/c\n> .\n", ":2:68: "},
            // errors where the parser sees them stay there
            {"token.nt", a + a + "!<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", ":3:1: "},
            {"oneline.nt", a + "<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://x/> .\n",
                ":2:70: "},
            // Turtle
            {"dot.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c\nex:d ex:e ex:f .\n", ":2:15: "},
        };
        for (String[] c : cases) {
            Path file = Fixture.write(tmp.resolve("files"), c[0], c[1]);
            CliRun load = cli("load", "--tdb2", tmp.resolve("tdb2-" + c[0]).toString(), file.toString());
            assertEquals(1, load.exitCode(), c[0] + ": " + load.err());
            assertTrue(load.err().startsWith(file + c[2]), c[0] + ": " + load.err());
            assertEquals(1, load.err().lines().count(), load.err());
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb2-" + c[0]).toString()));
        }
        Path data = Fixture.write(tmp.resolve("data"), "events.ttl",
                "@prefix ex: <http://example.org/> .\n# events\nex:a ex:b ex:c ;\n    ex:d \"e\"\n\n"
                        + "ex:f ex:g ex:h .\n");
        CliRun stats = cli("--data", data.getParent().toString(), "stats");
        assertEquals(1, stats.exitCode(), stats.err());
        assertEquals(data + ":4:13: Triples not terminated by DOT\n", stats.err());
    }

    @Test
    void progressLinesShowCountRatePercentageAndEta() {
        StringWriter text = new StringWriter();
        ProgressMonitor monitor = ProgressMonitor.ofTotal(new PrintWriter(text), "loaded", 2, 4);
        monitor.start();
        for (int i = 0; i < 4; i++) {
            monitor.tick();
        }
        monitor.finish();
        String[] lines = text.toString().split("\n");
        assertEquals(3, lines.length, text.toString());
        assertTrue(lines[0].matches("loaded 2 triples, [0-9,]+ triples/s, 50% done, ETA [0-9.]+s"), lines[0]);
        assertTrue(lines[1].matches("loaded 4 triples, [0-9,]+ triples/s, 100% done, ETA 0\\.0s"), lines[1]);
        assertTrue(lines[2].matches("loaded 4 triples in [0-9.]+s \\([0-9,]+ triples/s\\)"), lines[2]);
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        Path file = Fixture.write(tmp, "broken.nt", "<http://example.org/a> <http://example.org/b> .\n");
        LoadException e = assertThrows(LoadException.class,
                () -> TdbBulkLoad.load(file, tmp.resolve("tdb2"), new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb2").toString()));
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = cli("load", "--tdb2", tmp.resolve("tdb2").toString(), tmp.resolve("none.nt").toString());
        assertEquals(2, run.exitCode(), run.err());
    }
}
