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
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Fixture;
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
        Path file = tmp.resolve("ai-milestones-20k.nt");
        CliRun generated = cli("generate", "--scale", "20000", "--output", file.toString());
        assertEquals(0, generated.exitCode(), generated.err());
        long lines = Files.readAllLines(file).size();
        Path dir = tmp.resolve("tdb2");

        CliRun load = cli("load", "--tdb2", dir.toString(), file.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().matches("(?s).*loaded 20,0\\d\\d triples in [0-9.]+s \\([0-9,]+ triples/s\\).*"),
                load.out());

        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(dir.toString());
        long stored = Txn.calculateRead(reopened, () -> (long) reopened.getDefaultGraph().size());
        TDBInternal.expel(reopened);
        assertEquals(lines, stored);
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
