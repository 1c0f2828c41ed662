package org.aimilestones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/ai-milestones, the launcher the README tells users to run, on the packaged jar, the JDK the build recorded and the AOT
 * cache the build made next to it (failsafe runs this after the package phase). The tests that use the cache start the
 * JVM with -XX:AOTMode=on, so a cache that does not fit (another JDK build, jar or JVM options) fails them instead of
 * silently starting slow.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin", "ai-milestones").toAbsolutePath();
    private static final Pattern READY = Pattern.compile("ai-milestones serving (http://127\\.0\\.0\\.1:\\d+/) .*read-only\\)");

    private static ProcessBuilder launcher(String javaOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("AI_MILESTONES_JAR");
        builder.environment().put("AI_MILESTONES_JAVA_OPTS", javaOptions);
        return builder;
    }

    private static final String AOT_ON = "-XX:AOTMode=on -Xlog:aot=error";
    /** Whether the build made an AOT cache: on JDK 25 or later (the tests run on the build's JDK). */
    private static final boolean CACHE = Runtime.version().feature() >= AotCache.FIRST_RELEASE;

    @Test
    void theAotCacheFitsTheJarTheJdkAndTheOptions() throws Exception {
        assumeTrue(CACHE, "JDK " + Runtime.version().feature() + " makes no AOT cache");
        // with -XX:AOTMode=on the JVM refuses to start unless it can use the cache the launcher names
        Process version = launcher(AOT_ON, "--version").redirectErrorStream(true).start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(version.waitFor(60, TimeUnit.SECONDS), "--version did not end");
        assertEquals(0, version.exitValue(), output);
        assertEquals("ai-milestones " + org.aimilestones.vocab.Release.VERSION, output.strip());
    }

    @Test
    void aCacheThatDoesNotFitFailsLoudlyWithAotModeOn() throws Exception {
        assumeTrue(CACHE, "JDK " + Runtime.version().feature() + " makes no AOT cache");
        // the cache was made with compact object headers (bin/jvm.options): a JVM without them cannot use it
        Process version = launcher(AOT_ON + " -XX:-UseCompactObjectHeaders", "--version").redirectErrorStream(true)
                .start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(version.waitFor(60, TimeUnit.SECONDS), "--version did not end");
        assertEquals(1, version.exitValue(), output);
        assertTrue(output.contains("Unable to use AOT cache"), output);
    }

    @Test
    void runsOnTheJdkTheBuildRecorded() throws Exception {
        String recorded = Files.readString(Path.of("target", "ai-milestones.jdk")).strip();
        Process settings = launcher("-XshowSettings:properties", "--version").redirectErrorStream(true).start();
        String output = new String(settings.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(settings.waitFor(60, TimeUnit.SECONDS), "--version did not end");
        assertEquals(0, settings.exitValue(), output);
        assertTrue(output.contains("java.home = " + recorded), "runs on " + recorded + ":\n" + output);
        assertTrue(Runtime.version().feature() >= 21, "the tests run on the build's JDK too, not " + Runtime.version());
    }

    @Test
    void servesTheGraphWithItsSearchIndex(@TempDir Path tmp) throws Exception {
        Path classes = tmp.resolve("classes.log");
        Path inits = tmp.resolve("inits.log");
        Process serve = launcher((CACHE ? AOT_ON + " " : "") + "-Xlog:class+load=info:file=" + classes
                + " -Xlog:class+init=info:file=" + inits, "serve", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = readyUrl(serve);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create(url + "ai-milestones/sparql?query="
                    + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode());
            assertTrue(ask.body().contains("true"), ask.body());
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(url + "search?q="
                    + URLEncoder.encode("商汤", StandardCharsets.UTF_8))).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("page/sensetime"), "the search index of the snapshot finds 商汤");
            // the build's snapshot, read through the class loader: no Turtle parsed, the jar not opened as a file
            // system (which reads its whole directory of entries again)
            String loaded = Files.readString(classes);
            assertTrue(loaded.contains("org.aimilestones.load.TermTableFile "), "the snapshot's graph files were read");
            assertFalse(loaded.contains("org.apache.jena.riot.lang.LangTurtle "), "Turtle was parsed");
            assertFalse(loaded.contains("jdk.nio.zipfs.ZipFileSystem "), "the jar was opened as a file system");
            // the AOT cache holds the classes of a start, picocli's too (compiled by the build for Java 21: the cache
            // keeps no class files as old as those of picocli's own jar)
            // Jena starts in a thread of its own while picocli builds serve's command line: the main thread initializes
            // no Jena class before that thread is done (two threads initializing classes that need each other hang)
            List<String> initialized = Files.readAllLines(inits);
            int jenaDone = -1;
            for (int i = 0; i < initialized.size(); i++) {
                if (initialized.get(i).contains("by thread \"ai-milestones-jena-init\"")) {
                    jenaDone = i;
                }
            }
            assertTrue(jenaDone > 0, "Jena was started in its own thread");
            for (String line : initialized.subList(0, jenaDone)) {
                assertFalse(line.contains("Initializing 'org/apache/jena/") && line.contains("by thread \"main\""),
                        "the main thread initialized a Jena class while Jena started: " + line);
            }
            if (CACHE) {
                assertTrue(loaded.contains("picocli.CommandLine$Model$CommandSpec source: shared objects file"),
                        "picocli's classes come from the AOT cache");
                assertTrue(loaded.contains("org.aimilestones.server.MilestonesServer source: shared objects file"),
                        "the server's classes come from the AOT cache");
            }
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "ai-milestones serve did not stop on SIGTERM");
        }
    }

    /**
     * A rebuild under a running server, done as Maven does it: maven-jar-plugin writes the plain jar over
     * target/ai-milestones.jar in place (same inode), then the shade plugin renames the shaded jar over it. The server
     * runs from the launcher's copy, so every page still answers, the lazily loaded classes and resources included;
     * the copy stays while the server holds it open, and the next start removes it once nothing does.
     */
    @Test
    void servesOnThroughARebuildOfTheJar(@TempDir Path tmp) throws Exception {
        Path jar = Files.copy(Path.of("target", "ai-milestones.jar"), tmp.resolve("ai-milestones.jar"));
        ProcessBuilder serve = launcher("", "serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD);
        serve.environment().put("AI_MILESTONES_JAR", jar.toString());
        Process server = serve.start();
        try {
            String url = readyUrl(server);
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(200, get(http, url + "page/alexnet"));

            byte[] plain = Files.readAllBytes(Path.of("target", "original-ai-milestones.jar"));
            try (var inPlace = Files.newOutputStream(jar)) { // truncates: the same file, as maven-jar-plugin does
                inPlace.write(plain);
            }
            Path shaded = Files.copy(Path.of("target", "ai-milestones.jar"), tmp.resolve("ai-milestones-shaded.jar"));
            Files.setLastModifiedTime(shaded, FileTime.fromMillis(System.currentTimeMillis() + 5_000)); // a new build
            Files.move(shaded, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            for (String path : List.of("search?q=alexnet", "timeline", "graph", "page/geoffrey-hinton",
                    "ai-milestones/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))) {
                assertEquals(200, get(http, url + path), path + " after the rebuild");
            }

            List<Path> runs = list(tmp.resolve("run"));
            assertEquals(1, runs.size(), "one copy: " + runs);
            Path copy = runs.get(0);
            // a start of the new build while the old copy is in use: a copy of the new jar; the old one stays
            Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
            assertEquals(0, version(jar));
            assertEquals(2, list(tmp.resolve("run")).size(), "both copies: the server holds the old one open");
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "ai-milestones serve did not stop on SIGTERM");
        }
        assertEquals(0, version(jar));
        List<Path> left = list(tmp.resolve("run"));
        assertEquals(1, left.size(), "the unused copy is removed: " + left);
        assertTrue(Files.isRegularFile(left.get(0).resolve("ai-milestones.jar")), left.toString());
    }

    private static int version(Path jar) throws Exception {
        ProcessBuilder builder = launcher("", "--version").redirectErrorStream(true);
        builder.environment().put("AI_MILESTONES_JAR", jar.toString());
        Process version = builder.start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(version.waitFor(60, TimeUnit.SECONDS), "--version did not end");
        assertEquals("ai-milestones " + org.aimilestones.vocab.Release.VERSION, output.strip());
        return version.exitValue();
    }

    private static int get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html, */*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static String readyUrl(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher ready = READY.matcher(line == null ? "" : line);
        assertTrue(ready.find(), "no ready line: " + line);
        return ready.group(1);
    }
}
