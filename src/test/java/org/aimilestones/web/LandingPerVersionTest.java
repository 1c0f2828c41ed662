package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.testing.Http;
import org.aimilestones.vocab.AIMIL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landing page's counts on a real updatable server: counted once per data version however many ask (at once or
 * one after another), counted again after a write through /ai-milestones/update or /ai-milestones/data, and the next
 * answer shows the new figure.
 */
class LandingPerVersionTest {

    private static final String HTML = "text/html";

    @TempDir
    Path tmp;

    @Test
    void theLandingCountsAreCountedOncePerDataVersionAndAgainAfterEachWrite() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: secret\n");
        GraphSource source = GraphSource.directory(Path.of("."));
        AtomicReference<WebModule> web = new AtomicReference<>();
        try (MilestonesServer server = MilestonesServer.start(ServerConfig.builder().source(source).port(0)
                // eight slots for the eight first requests: none is refused as busy while the first one counts
                .maxConcurrent(8).allowUpdate(true).passwordFile(passwords).module(served -> {
                    WebModule module = new WebModule(() -> served, new NamedQueries(source));
                    web.set(module);
                    return module;
                }).build())) {
            String url = server.url();
            // eight at once on a fresh server: one counting
            var first = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> Http.get(url, HTML)))
                    .toList();
            for (CompletableFuture<HttpResponse<String>> response : first) {
                HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
                assertEquals(200, answer.statusCode(), answer.body());
            }
            long events = count(Http.get(url, HTML).body(), "events");
            long triples = count(Http.get(url, HTML).body(), "triples");
            assertEquals(1, web.get().countings(), "counted for the first requests only");

            write(Http.request(url + "ai-milestones/update").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <" + AIMIL.RESOURCE_NS
                            + "test-event-1> a <" + AIMIL.Event.getURI() + "> }")));
            String afterUpdate = Http.get(url, HTML).body();
            assertEquals(events + 1, count(afterUpdate, "events"), "the next answer after an update is new");
            assertTrue(count(afterUpdate, "triples") > triples);
            Http.get(url, HTML);
            assertEquals(2, web.get().countings(), "once more for the new data version");

            write(Http.request(url + "ai-milestones/data?default").header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<" + AIMIL.RESOURCE_NS + "test-event-2> a <"
                            + AIMIL.Event.getURI() + "> .")));
            assertEquals(events + 2, count(Http.get(url, HTML).body(), "events"),
                    "the next answer after a Graph Store write is new");
            Http.get(url, HTML);
            assertEquals(3, web.get().countings(), "once more for the version after the Graph Store write");
        }
    }

    private static void write(HttpRequest.Builder request) {
        HttpResponse<String> response = Http.send(Http.withBasicAuth(request, "editor", "secret"));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201 || response.statusCode() == 204,
                response.statusCode() + " " + response.body());
    }

    private static long count(String html, String name) {
        Matcher m = Pattern.compile("id=\"count-" + name + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), name + " not on the page");
        return Long.parseLong(m.group(1));
    }
}
