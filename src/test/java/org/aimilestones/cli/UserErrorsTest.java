package org.aimilestones.cli;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Fixture;
import org.aimilestones.testing.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user can make, run through the command line as a user would: each prints one line on standard error
 * that says what is wrong and what to do, and exits 1 or 2; the stack trace only with --debug. (The same as a
 * process, with what Jetty and Jena might log besides, in CliProcessIT.)
 */
class UserErrorsTest {

    @TempDir
    Path tmp;

    /** Asserts the run failed with exit code, printed nothing on standard output, and one line on standard error. */
    private static String oneLine(CliRun run, int exitCode) {
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        return lines.get(0);
    }

    /** A regular file, whose name a user could give where a folder belongs. */
    private Path aFile() throws IOException {
        return Files.writeString(tmp.resolve("a-file.txt"), "not a folder\n");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void serveOnAPortInUseSuggestsPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String line = oneLine(cli("serve", "--port", Integer.toString(taken.getLocalPort())), 1);
            assertEquals("port " + taken.getLocalPort() + " on 127.0.0.1 is in use by another program: stop it, or"
                    + " choose another port with --port (--port 0 picks a free one)", line);
        }
    }

    @Test
    void serveOnAnUnknownHostSaysWhatToGive() {
        String line = oneLine(cli("serve", "--host", "no-such-host.invalid", "--port", "0"), 2);
        assertTrue(line.startsWith("--host no-such-host.invalid is not a known host name or address: give an"
                + " address of this machine, e.g. 127.0.0.1"), line);
    }

    @Test
    void serveOnAnAddressOfAnotherMachineSaysWhatToGive() {
        // TEST-NET-1 (RFC 5737): never an address of this machine
        String line = oneLine(cli("serve", "--host", "192.0.2.1", "--port", "0"), 2);
        assertTrue(line.startsWith("--host 192.0.2.1 is not an address of this machine"), line);
    }

    @Test
    void exportIntoAMissingFolderOrOntoAFolderWritesNothing() throws IOException {
        Path missing = tmp.resolve("no-such-folder").resolve("graph.ttl");
        assertEquals("--output " + missing + ": there is no folder " + missing.getParent() + "; create it first"
                + " (mkdir -p " + missing.getParent() + ") or give a file in an existing folder",
                oneLine(cli("export", "--output", missing.toString()), 2));
        Path folder = Files.createDirectories(tmp.resolve("out"));
        assertEquals("--output " + folder + " is a directory: give a file name, e.g. --output "
                + folder.resolve("ai-milestones.ttl"), oneLine(cli("export", "--output", folder.toString()), 2));
        assertEquals("--output " + folder + " is a directory: give a file name, e.g. --output "
                + folder.resolve("ai-milestones.nt"),
                oneLine(cli("export", "--format", "ntriples", "--output", folder.toString()), 2));
        assertEquals(List.of(), names(folder), "nothing written, no partial file left");
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void generateIntoAPathThatCannotBeAFolder() throws IOException {
        Path file = aFile();
        Path output = file.resolve("ai-milestones-5000.nt");
        assertEquals("--output " + output + ": " + file + " is a file, not a folder; give a file in a folder",
                oneLine(cli("generate", "--scale", Scale.arg(5_000), "--output", output.toString()), 2));
        assertEquals("--output " + tmp.resolve("none/x.nt") + ": there is no folder " + tmp.resolve("none")
                + "; create it first (mkdir -p " + tmp.resolve("none") + ") or give a file in an existing folder",
                oneLine(cli("generate", "--scale", Scale.arg(5_000), "--output", tmp.resolve("none/x.nt").toString()), 2));
    }

    @Test
    void loadAndServeIntoAStoreDirectoryThatCannotBeMade() throws IOException {
        Path file = aFile();
        Path store = file.resolve("tdb2");
        Path data = Fixture.write(tmp, "one.nt",
                "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        String expected = "--tdb2 " + store + ": " + file + " is a file, not a directory; give a directory (a new one"
                + " is created)";
        assertEquals(expected, oneLine(cli("load", "--tdb2", store.toString(), data.toString()), 2));
        assertEquals(expected, oneLine(cli("serve", "--tdb2", store.toString(), "--port", "0"), 2));
        assertEquals("--tdb2 " + file + " is a file, not a directory: give a directory (a new one is created)",
                oneLine(cli("load", "--tdb2", file.toString(), data.toString()), 2));
    }

    @Test
    void aDataFolderWithoutDataFilesIsAnError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no Turtle here\n");
        String line = oneLine(cli("--data", empty.toString(), "stats"), 2);
        assertEquals("Invalid value for option '--data': no data files (*.ttl) in " + empty + ": give a folder"
                + " of data *.ttl files, or a project folder with ontology/ and data/ (see 'ai-milestones --help')",
                line);
        CliRun serve = cli("serve", "--data", empty.toString(), "--port", "0");
        assertTrue(oneLine(serve, 2).contains("no data files (*.ttl) in " + empty), serve.err());
        Path project = Files.createDirectories(tmp.resolve("project/ontology")).getParent();
        assertTrue(oneLine(cli("export", "--data", project.toString()), 2)
                .contains("no data files (*.ttl) in " + project.resolve("data")));
    }

    @Test
    void aBadOptionIsOneLineThatPointsToHelp() {
        assertEquals("Invalid value for option '--port': 'abc' is not an int (see 'ai-milestones serve --help')",
                oneLine(cli("serve", "--port", "abc"), 2));
        assertEquals("Missing required option: '--scale=N' (see 'ai-milestones generate --help')",
                oneLine(cli("generate"), 2));
        String unknown = oneLine(cli("serv"), 2);
        assertTrue(unknown.startsWith("Unmatched argument at index 0: 'serv'; did you mean serve"), unknown);
    }

    @Test
    void debugAddsTheStackTraceBeforeOrAfterTheSubcommand() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("out"));
        for (String[] args : new String[][] {{"export", "--debug", "--output", folder.toString()},
            {"--debug", "export", "--output", folder.toString()}}) {
            CliRun run = cli(args);
            assertEquals(2, run.exitCode(), run.err());
            List<String> lines = run.err().lines().toList();
            assertTrue(lines.get(0).startsWith("--output " + folder + " is a directory"), run.err());
            assertTrue(lines.size() > 3 && lines.stream().anyMatch(l -> l.contains("at org.aimilestones.cli.")),
                    "the stack trace follows: " + run.err());
        }
        assertTrue(cli("--help").out().contains("--debug"), "the usage lists --debug");
    }

    @Test
    void writtenFilesHaveTheModeOfANewFile() throws IOException {
        // the mode any new file gets under this process's umask (0644 under umask 022), not 0600
        Set<PosixFilePermission> newFile = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("new")));
        Path exported = tmp.resolve("graph.ttl");
        assertEquals(0, cli("export", "--output", exported.toString()).exitCode());
        assertEquals(newFile, Files.getPosixFilePermissions(exported));
        Path generated = tmp.resolve("generated.nt");
        assertEquals(0, cli("generate", "--scale", Scale.arg(5_000), "--output", generated.toString()).exitCode());
        assertEquals(newFile, Files.getPosixFilePermissions(generated));
        assertEquals(List.of("generated.nt", "graph.ttl", "new"), names(tmp), "no partial file left");
    }

    @Test
    void anUnexpectedErrorIsOneLineThatAsksForDebug() {
        ErrorReport.Report report = ErrorReport.report(new IllegalStateException("the cache is inconsistent"),
                "ai-milestones serve");
        assertEquals(1, report.exitCode());
        assertEquals("ai-milestones serve: unexpected error (java.lang.IllegalStateException: the cache is"
                + " inconsistent); run it again with --debug for the stack trace, and report it", report.line());
    }
}
