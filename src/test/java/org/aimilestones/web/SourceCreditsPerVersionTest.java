package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The sources' year span and credits on a real updatable server: read once per data version for all pages, read
 * again after a write, and a source added by the write shows on the next page with its credit and years.
 */
class SourceCreditsPerVersionTest {

    private static final Pattern YEARS = Pattern.compile("data-i18n-years=\"([0-9]+)\u2013([0-9]+)\"");

    @Test
    void theSourcesAreReadOncePerDataVersionAndAnAddedSourceShowsAtOnce(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: secret\n");
        GraphSource source = GraphSource.directory(Path.of("."));
        AtomicReference<WebModule> web = new AtomicReference<>();
        try (MilestonesServer server = MilestonesServer.start(ServerConfig.builder().source(source).port(0)
                .layer(TextIndex::wrap).allowUpdate(true).passwordFile(passwords)
                .module(served -> {
                    web.set(new WebModule(() -> served, new NamedQueries(source)));
                    return web.get();
                }).build())) {
            String first = page(server, "");
            for (String path : new String[] {"", "search", "timeline", "query", "graph"}) {
                page(server, path);
            }
            assertEquals(1, web.get().sourceReadings(), "read for the first page only");
            Matcher span = YEARS.matcher(first);
            assertTrue(span.find(), "the span of years is shown");
            int later = Integer.parseInt(span.group(2)) + 70;
            HttpResponse<String> update = Http.send(Http.withBasicAuth(Http.request(server.url()
                    + "ai-milestones/update").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("PREFIX aimil: <" + AIMIL.NS + ">"
                            + " PREFIX dct: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>"
                            + " INSERT DATA { <" + AIMIL.RESOURCE_NS + "an-added-source> a aimil:Source ;"
                            + " aimil:number 99 ; aimil:coversYear \"" + later + "\"^^xsd:gYear ;"
                            + " aimil:title \"An added source\"@en , \"新加的来源\"@zh ;"
                            + " dct:rights \"© Someone <b>bold</b>\"@en , \"© 某人\"@zh }")), "editor", "secret"));
            assertEquals(204, update.statusCode(), update.body());
            String after = page(server, "");
            assertEquals(2, web.get().sourceReadings(), "read again after the write");
            assertTrue(after.contains("data-i18n-years=\"" + span.group(1) + "\u2013" + later + "\""), "new span");
            assertTrue(after.contains("<span lang=\"en\" data-l=\"en\">An added source</span>"), "its title");
            assertTrue(after.contains("<span lang=\"en\" data-l=\"en\">© Someone &lt;b&gt;bold&lt;/b&gt;</span>"),
                    "its credit, escaped");
            assertFalse(after.contains("<b>bold</b>"));
            assertTrue(page(server, "timeline").contains("href=\"/page/an-added-source\""), "in every footer");
            assertEquals(2, web.get().sourceReadings());
        }
    }

    private static String page(MilestonesServer server, String path) {
        HttpResponse<String> page = Http.get(server.url() + path, "text/html");
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }
}
