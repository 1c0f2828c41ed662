package org.aimilestones.cli;

import static org.aimilestones.testing.CliRun.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Fixture;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.Command;

/** The ai-milestones commands, run through Main.commandLine() on fixture data, with output and exit codes captured. */
class MainTest {

    @TempDir
    Path tmp;


    private String root() {
        return Fixture.projectRoot(tmp.resolve("project")).toString();
    }

    @Test
    void namedQueryRuns() {
        CliRun run = cli("query", "--data", root(), "alexnet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"Alex Krizhevsky\"@en"), run.out());
        assertTrue(run.out().contains("res:alexnet"), run.out());
    }

    @Test
    void dataOptionAlsoWorksBeforeTheSubcommand() {
        CliRun run = cli("--data", root(), "query", "alexnet.rq", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("entry,creatorName\r\n"), run.out());
    }

    @Test
    void unknownQueryListsTheKnownNames() {
        CliRun run = cli("query", "--data", root(), "nonesuch");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown query: nonesuch"), run.err());
        assertTrue(run.err().contains("known queries: alexnet, events"), run.err());
    }

    @Test
    void malformedQueryShowsFileLineAndColumn() {
        Path bad = Fixture.write(tmp, "bad.rq", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = )\n}\n");
        CliRun run = cli("query", "--data", root(), bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(bad + ":3:15: "), run.err());
    }

    @Test
    void missingDataDirectoryIsAUsageError() {
        CliRun run = cli("stats", "--data", tmp.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a directory"), run.err());
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = cli();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Usage: ai-milestones"), run.err());
    }

    @Test
    void subcommandNamesAreTheirCommandNames() {
        Main.SUBCOMMANDS.forEach((name, command) ->
                assertEquals(command.getAnnotation(Command.class).name(), name, command.getName()));
        assertEquals(List.copyOf(Main.SUBCOMMANDS.keySet()),
                List.copyOf(Main.commandLine().getSubcommands().keySet()));
    }

    @Test
    void usageAndHelpListEverySubcommandWhileARunBuildsOnlyItsOwn() {
        String root = root();
        for (String[] args : new String[][] {{"--help"}, {"help"}, {"--data", root, "help"}}) {
            CliRun run = cli(args);
            assertEquals(0, run.exitCode(), run.err());
            for (String name : Main.SUBCOMMANDS.keySet()) {
                assertTrue(run.out().contains("  " + name + " "), name + " in: " + run.out());
            }
        }
        CliRun serveHelp = cli("help", "serve");
        assertEquals(0, serveHelp.exitCode(), serveHelp.err());
        assertTrue(serveHelp.out().startsWith("Usage: ai-milestones serve"), serveHelp.out());
        assertEquals(List.of("serve"), List.copyOf(Main.commandLine("--data", root, "serve", "--port", "0")
                .getSubcommands().keySet()));
        CliRun unknown = cli("serv");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("serve"), "suggests the subcommand meant: " + unknown.err());
    }

    @Test
    void exportOfABrokenGraphFailsAndWritesNoFile() throws Exception {
        String root = root();
        Fixture.write(Path.of(root), "data/broken.ttl", "@prefix res: <https://w3id.org/ai-milestones/resource/> .\n"
                + "res:x res:y .\n");
        Path output = tmp.resolve("out").resolve("graph.ttl");
        Files.createDirectories(output.getParent());
        CliRun run = cli("export", "--data", root, "--output", output.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(Path.of(root, "data", "broken.ttl") + ":2:"), run.err());
        assertEquals("", run.out());
        try (Stream<Path> left = Files.list(output.getParent())) {
            assertEquals(0, left.count(), "no output file, no partial file");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportRoundTripsInEveryFormat(ExportFormat format) throws Exception {
        String root = root();
        Path output = tmp.resolve("graph." + format.cliName());
        CliRun run = cli("export", "--data", root, "--format", format.cliName(), "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        Graph exported = RDFParser.source(output).lang(format.lang()).toGraph();
        Graph source = KnowledgeGraph.load(GraphSource.directory(Path.of(root))).asserted();
        assertTrue(source.isIsomorphicWith(exported), format.cliName());
    }

    @Test
    void exportToStandardOutputIsStable() {
        String root = root();
        CliRun first = cli("export", "--data", root, "--inferred");
        CliRun second = cli("export", "--data", root, "--inferred");
        assertEquals(0, first.exitCode(), first.err());
        String out = first.out();
        int start = out.indexOf("\nres:alexnet-wins-ilsvrc-2012\n    a ");
        String types = out.substring(start, out.indexOf(" ;\n", start));
        assertTrue(types.contains("aimil:Event") && types.contains("sem:Event"), "inferred types: " + types);
        assertEquals(first.out(), second.out());
    }

    @Test
    void statsPrintsTheCounts() {
        CliRun run = cli("stats", "--data", root());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.matches("(?s).*\n  data +44\n.*"), out);
        assertTrue(out.matches("(?s).*\n  aimil:Person +2\n.*"), out);
        assertTrue(out.matches("(?s).*\n  rdfs:label +13\n.*"), out);
        assertTrue(out.matches("(?s).*\n  en +10\n.*"), out);
        assertTrue(out.matches("(?s).*\n  zh +4\n.*"), out);
        assertFalse(out.contains("owl:Class"), "classes of the data only");
    }
}
