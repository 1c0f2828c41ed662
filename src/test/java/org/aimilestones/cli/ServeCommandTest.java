package org.aimilestones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Fixture;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ai-milestones serve through the command line: the ready line, usage errors for bad options, a clean stop. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void badOptionsAreUsageErrorsNamingTheValue() {
        CliRun port = CliRun.cli("serve", "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("port 70000 is out of range 0-65535"), port.err());
        CliRun update = CliRun.cli("serve", "--allow-update");
        assertEquals(2, update.exitCode());
        assertTrue(update.err().contains("updates need a password file"), update.err());
        CliRun base = CliRun.cli("serve", "--base-url", "/relative/");
        assertEquals(2, base.exitCode());
        assertTrue(base.err().contains("bad base URL '/relative/'"), base.err());
        CliRun timeout = CliRun.cli("serve", "--timeout", "0");
        assertEquals(2, timeout.exitCode());
        assertTrue(timeout.err().contains("must be more than zero"), timeout.err());
        for (String[] bad : new String[][] {{"--max-concurrent", "0", "max concurrent queries 0"},
            {"--max-body", "-5", "max body -5 bytes"}, {"--cache-entries", "-1", "cache entries -1"}}) {
            CliRun run = CliRun.cli("serve", bad[0], bad[1]);
            assertEquals(2, run.exitCode(), bad[0]);
            assertTrue(run.err().contains(bad[2] + " is out of range"), run.err());
        }
    }

    @Test
    void servesUntilStoppedAndPrintsOneReadyLine() throws Exception {
        String root = Fixture.projectRoot(tmp.resolve("project")).toString();
        ServeThread serve = new ServeThread("--data", root);
        String line = serve.out();
        assertTrue(line.matches("ai-milestones serving http://127\\.0\\.0\\.1:\\d+/ \\(dataset /ai-milestones, [\\d,]+ triples"
                + " with RDFS entailments, read-only\\)\n"), line + serve.err());
        assertTrue(serve.port() > 0, "port 0 printed as the port chosen");
        HttpResponse<String> sd = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(serve.url() + "ai-milestones/sparql")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sd.statusCode());
        HttpResponse<String> thing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(serve.url() + "resource/alexnet")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, thing.statusCode(), "the resource is a thing: 303 to its page");
        assertEquals(serve.url() + "page/alexnet", thing.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(serve.url() + "page/alexnet")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the resource pages are served too");
        assertTrue(page.body().contains("AlexNet"), page.body());
        serve.close();
        assertEquals(0, serve.exitCode(), serve.err());
        assertEquals(line, serve.out(), "exactly one line");
    }
}
