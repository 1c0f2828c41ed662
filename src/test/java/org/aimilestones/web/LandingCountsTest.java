package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.TextIndex;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.testing.Http;
import org.aimilestones.vocab.AIMIL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landing page's counts on a real server: counted once per data version (not at every hit, which is a scan of
 * the whole graph), counted again after a write, and the page shows the new figures.
 */
class LandingCountsTest {

    @Test
    void theCountsAreCountedOncePerDataVersionAndAgainAfterAWrite(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: secret\n");
        GraphSource source = GraphSource.directory(Path.of("."));
        AtomicReference<WebModule> web = new AtomicReference<>();
        try (MilestonesServer server = MilestonesServer.start(ServerConfig.builder().source(source).port(0)
                .layer(TextIndex::wrap).allowUpdate(true).passwordFile(passwords)
                .module(served -> {
                    web.set(new WebModule(() -> served, new NamedQueries(source)));
                    return web.get();
                }).build())) {
            String first = landing(server);
            for (int i = 0; i < 5; i++) {
                assertEquals(first, landing(server), "the same page");
            }
            assertEquals(1, web.get().countings(), "counted for the first hit only");
            String triplesBefore = figure(first, "triples");
            HttpResponse<String> update = Http.send(Http.withBasicAuth(Http.request(server.url()
                    + "ai-milestones/update").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <" + AIMIL.RESOURCE_NS
                            + "a-new-event> a <" + AIMIL.Event.getURI() + "> }")), "editor", "secret"));
            assertEquals(204, update.statusCode(), update.body());
            String after = landing(server);
            assertEquals(2, web.get().countings(), "counted again after the write");
            assertEquals(Long.parseLong(figure(first, "events")) + 1, Long.parseLong(figure(after, "events")));
            assertTrue(Long.parseLong(figure(after, "triples")) > Long.parseLong(triplesBefore));
            landing(server);
            assertEquals(2, web.get().countings());
        }
    }

    private static String landing(MilestonesServer server) {
        HttpResponse<String> page = Http.get(server.url(), "text/html");
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private static String figure(String page, String name) {
        Matcher m = Pattern.compile("id=\"count-" + name + "\">([0-9]+)<").matcher(page);
        assertTrue(m.find(), "the page shows " + name);
        return m.group(1);
    }
}
