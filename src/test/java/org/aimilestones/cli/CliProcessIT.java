package org.aimilestones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.aimilestones.testing.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's mistakes as a process of bin/ai-milestones on the packaged jar (failsafe runs this after the package
 * phase): what a user sees is all of standard error, whatever Jetty, Jena or the JVM might print besides the
 * command's own line; the umask and the user are the process's own.
 */
class CliProcessIT {

    private static final Path LAUNCHER = Path.of("bin", "ai-milestones").toAbsolutePath();

    @TempDir
    Path tmp;

    /** What one process printed, and its exit code. */
    record Run(int exitCode, String out, String err) {}

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("AI_MILESTONES_JAVA_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        // the outputs are small: read one after the other
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "did not end: " + command);
        return new Run(process.exitValue(), out, err);
    }

    private static Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs the launcher under sh with a umask. */
    private static Run withUmask(String umask, String... args) throws IOException, InterruptedException {
        return run(concat(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"", LAUNCHER.toString()),
                List.of(args)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void oneLine(Run run, int exitCode, String start) {
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), "all of standard error is one line: " + run.err());
        assertTrue(run.err().startsWith(start), run.err());
    }

    @Test
    void serveOnAPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            oneLine(cli("serve", "--port", Integer.toString(taken.getLocalPort())), 1,
                    "port " + taken.getLocalPort() + " on 127.0.0.1 is in use by another program: stop it, or choose"
                            + " another port with --port");
        }
        oneLine(cli("serve", "--host", "no-such-host.invalid", "--port", "0"), 2,
                "--host no-such-host.invalid is not a known host name or address");
    }

    @Test
    void writtenFilesFollowTheUmask() throws Exception {
        for (String[] umaskAndMode : new String[][] {{"022", "rw-r--r--"}, {"027", "rw-r-----"},
            {"002", "rw-rw-r--"}}) {
            Path exported = tmp.resolve("export-" + umaskAndMode[0] + ".ttl");
            Run export = withUmask(umaskAndMode[0], "export", "--output", exported.toString());
            assertEquals(0, export.exitCode(), export.err());
            assertEquals(umaskAndMode[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)));
            Path generated = tmp.resolve("generate-" + umaskAndMode[0] + ".nt");
            Run generate = withUmask(umaskAndMode[0], "generate", "--scale", Scale.arg(5_000), "--output",
                    generated.toString());
            assertEquals(0, generate.exitCode(), generate.err());
            assertEquals(umaskAndMode[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(generated)));
        }
    }

    @Test
    void loadPrintsOnlyItsOwnLines() throws Exception {
        Path file = tmp.resolve("ai-milestones-generated.nt");
        long scale = Scale.withSynthetic(20_000);
        assertEquals(0, cli("generate", "--scale", Long.toString(scale), "--output", file.toString()).exitCode());
        long triples = Files.readAllLines(file).size();
        assertTrue(triples >= scale && triples < scale + Scale.BLOCK, "triples " + triples + " for scale " + scale);
        String count = Pattern.quote(String.format(Locale.ROOT, "%,d", triples));
        Run load = cli("load", "--tdb2", tmp.resolve("tdb2").toString(), file.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertEquals("", load.err(), "nothing from Jena's loader or logging");
        List<String> lines = load.out().lines().toList();
        assertEquals(3, lines.size(), load.out());
        assertTrue(lines.get(0).matches("parsed " + count + " triples; building the indexes"), load.out());
        assertTrue(lines.get(1).matches("loaded " + count + " triples in [0-9.]+s \\([0-9,]+ triples/s\\)"),
                load.out());
        assertTrue(lines.get(2).matches(count + " triples from .* are in the TDB2 database .*"), load.out());
        Files.writeString(tmp.resolve("broken.nt"),
                "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
                + "<http://example.org/a> <http://example.org/b> <http://example.org/d>\n"
                + "<http://example.org/a> <http://example.org/b> <http://example.org/e> .\n");
        oneLine(cli("load", "--tdb2", tmp.resolve("tdb2-broken").toString(), tmp.resolve("broken.nt").toString()), 1,
                tmp.resolve("broken.nt") + ":2:69: Triple not terminated by DOT");
    }

    @Test
    void aStoreAnotherProcessHoldsIsOneLine() throws Exception {
        Path store = tmp.resolve("tdb2");
        Path data = Files.writeString(tmp.resolve("one.nt"),
                "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        assertEquals(0, cli("load", "--tdb2", store.toString(), data.toString()).exitCode());
        Process server = new ProcessBuilder(LAUNCHER.toString(), "serve", "--tdb2", store.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertTrue(ready != null && ready.startsWith("ai-milestones serving "), "ready: " + ready);
            String expected = "--tdb2 " + store.toAbsolutePath() + " is in use by another process (" + server.pid()
                    + "): stop it, or give another directory";
            oneLine(cli("load", "--tdb2", store.toString(), data.toString()), 1, expected);
            oneLine(cli("serve", "--tdb2", store.toString(), "--port", "0"), 1, expected);
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /**
     * Paths another user may not write: run as that user (nobody, through setpriv, when the tests run as root, whom
     * permissions do not stop), on a copy of the jar in a folder any user may read, where the launcher cannot make its
     * run/ copy and so runs the jar in place.
     */
    @Test
    void pathsThisUserMayNotWriteAreOneLine() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(!root || Files.isExecutable(setpriv), "setpriv is needed to run as another user than root");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path app = Files.createDirectories(tmp.resolve("app"));
        Path jar = Files.copy(Path.of("target", "ai-milestones.jar"), app.resolve("ai-milestones.jar"));
        Files.copy(Path.of("target", "ai-milestones.jdk"), app.resolve("ai-milestones.jdk"));
        // the launcher too: the checkout may sit in a folder only its owner can enter (mktemp -d)
        Path bin = Files.createDirectories(app.resolve("bin"));
        Path launcher = Files.copy(LAUNCHER, bin.resolve("ai-milestones"));
        Files.copy(LAUNCHER.resolveSibling("jvm.options"), bin.resolve("jvm.options"));
        Path readOnly = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path data = Files.writeString(tmp.resolve("one.nt"),
                "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> as = new ArrayList<>();
        if (root) {
            as.addAll(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        as.addAll(List.of("env", "AI_MILESTONES_JAR=" + jar, launcher.toString()));

        oneLine(run(concat(as, List.of("generate", "--scale", Scale.arg(5_000), "--output",
                readOnly.resolve("x.nt").toString()))), 1,
                "--output " + readOnly.resolve("x.nt") + ": the folder " + readOnly + " cannot be written to"
                        + " (permission denied)");
        oneLine(run(concat(as, List.of("export", "--output", readOnly.resolve("x.ttl").toString()))), 1,
                "--output " + readOnly.resolve("x.ttl") + ": the folder " + readOnly + " cannot be written to");
        oneLine(run(concat(as, List.of("load", "--tdb2", readOnly.resolve("tdb2").toString(), data.toString()))), 1,
                "--tdb2 " + readOnly.resolve("tdb2") + ": cannot create the directory (permission denied)");
        oneLine(run(concat(as, List.of("serve", "--tdb2", readOnly.toString(), "--port", "0"))), 1,
                "--tdb2 " + readOnly + ": cannot write in the directory (permission denied)");
        assertTrue(Files.notExists(app.resolve("run")), "the launcher could not copy the jar and ran it in place");
    }
}
