package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.aimilestones.web.IriMapping;
import org.aimilestones.web.LinkedDataModule;
import org.aimilestones.web.Schemas;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.TextIndex;
import org.aimilestones.testing.Http;
import org.aimilestones.vocab.AIMIL;
import org.aimilestones.web.WebModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every page outside the query service under the query guards, on real servers with the web and linked-data modules
 * as `serve` wires them: a page finds no free slot while queries hold them all (503, Retry-After, the server's own
 * message in English and Chinese), a page past the deadline is a 503, and what is computed from the whole graph is
 * computed once per data version, again after a write.
 */
@Isolated // times deadlines: nothing else may run beside it
class PageGuardTest {

    /** A query that runs into any timeout (four-way cross join). */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final List<String> PAGES = List.of("", "search?q=x", "search?q=alexnet&format=json", "resource/alexnet", "page/alexnet",
            ".well-known/void", "dataset.ttl", "dumps/ai-milestones.nt", "sitemap.xml",
            "paths?from=res:alexnet&to=res:geoffrey-hinton&format=json");

    static org.apache.jena.graph.Graph ontology;

    @BeforeAll
    static void load() throws Exception {
        ontology = KnowledgeGraph.load(GraphSource.directory(Path.of("."))).ontology();
    }

    @TempDir
    Path tmp;

    static ServerConfig.Builder serving(GraphSource source) {
        Schemas schemas = Schemas.of(source, () -> ontology);
        return ServerConfig.builder().source(source).port(0).layer(TextIndex::wrap)
                .module(served -> new LinkedDataModule(() -> served, schemas, IriMapping.DEFAULT))
                .module(served -> new WebModule(() -> served, new NamedQueries(source)));
    }

    /**
     * @return the answer to url once what it shows is computed: asked again (for up to 60 s) while it is a 503 for
     *         a whole-graph figure still being computed, and only for that 503
     */
    static HttpResponse<String> onceComputed(String url) throws InterruptedException {
        HttpResponse<String> answer = Http.get(url, null);
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                answer.statusCode() == 503 && System.nanoTime() < end; Thread.sleep(100)) {
            assertPlainError(answer, 503, "is still being computed for the current data");
            answer = Http.get(url, null);
        }
        return answer;
    }

    @Test
    void everyPageWaitsForASlotLikeAQueryAnd503sWhenNoneComesFree() throws Exception {
        GraphSource source = GraphSource.directory(Path.of("."));
        try (MilestonesServer server = MilestonesServer.start(serving(source).maxConcurrent(1)
                .timeout(Duration.ofSeconds(8)).build())) {
            // the description (VoID, dumps, sitemap) and the landing counts are computed once per data version, in a
            // thread of their own: seconds for the decade's graph on a busy machine, which may be more than the
            // deadline, when such a page is a 503 "still being computed" (the next test); here they are waited for
            for (String page : PAGES) {
                HttpResponse<String> answer = onceComputed(server.url() + page);
                assertEquals(page.startsWith("resource/") ? 303 : 200, answer.statusCode(),
                        page + " answers while a slot is free: " + answer.body());
            }
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> Http.post(
                    server.url() + "ai-milestones/sparql", "application/sparql-query", RUNAWAY, "text/csv"));
            Thread.sleep(500);
            List<CompletableFuture<HttpResponse<String>>> refused = new ArrayList<>();
            List<Long> took = new ArrayList<>();
            for (String page : PAGES) {
                long start = System.nanoTime();
                refused.add(CompletableFuture.supplyAsync(() -> Http.get(server.url() + page, null))
                        .whenComplete((r, e) -> {
                            synchronized (took) {
                                took.add(System.nanoTime() - start);
                            }
                        }));
            }
            for (int i = 0; i < PAGES.size(); i++) {
                HttpResponse<String> response = refused.get(i).get(20, TimeUnit.SECONDS);
                assertPlainError(response, 503, "Server busy: 1 queries and pages are being answered");
                assertTrue(response.body().contains("服务器繁忙"), PAGES.get(i) + ": " + response.body());
                assertEquals("2", response.headers().firstValue("Retry-After").orElse(""), PAGES.get(i));
            }
            // a browser gets the same refusal as the styled page of every error, in both languages
            HttpResponse<String> browser = Http.send(Http.request(server.url() + "page/alexnet")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
            assertEquals(503, browser.statusCode(), browser.body());
            assertTrue(Http.contentType(browser).startsWith("text/html"), Http.contentType(browser));
            assertTrue(browser.body().contains("class=\"error-page\"")
                    && browser.body().contains("Server busy: 1 queries")
                    && browser.body().contains("服务器繁忙") && browser.body().contains("class=\"search-box\""), browser.body());
            assertEquals("2", browser.headers().firstValue("Retry-After").orElse(""));
            // quickly: after the queue wait (2 s), long before the query holding the slot ends (8 s); generous on a busy
            // machine
            synchronized (took) {
                assertEquals(PAGES.size(), took.size());
                for (long nanos : took) {
                    assertTrue(nanos < TimeUnit.SECONDS.toNanos(6), "refused after " + nanos / 1_000_000 + " ms");
                }
            }
            assertPlainError(runaway.get(20, TimeUnit.SECONDS), 503, "Query timed out");
            for (String page : PAGES) {
                assertNotEquals(503, Http.get(server.url() + page, null).statusCode(), page + ": the slot is free");
            }
        }
    }

    @Test
    void pagesPastTheDeadlineAre503AndWholeGraphFiguresAreServedOnceComputed() throws Exception {
        GraphSource source = GraphSource.directory(Path.of("."));
        try (MilestonesServer server = MilestonesServer.start(serving(source).timeout(Duration.ofNanos(1))
                .build())) {
            for (String page : List.of("page/alexnet", "search?q=alexnet&format=json",
                    "paths?from=res:alexnet&to=res:geoffrey-hinton&format=json")) {
                HttpResponse<String> response = Http.get(server.url() + page, null);
                assertPlainError(response, 503, "Page timed out: it took longer than this server's limit of"
                        + " 0.000000001 s");
                assertTrue(response.body().contains("页面超时"), response.body());
            }
            // the landing counts are computed at the first request: it cannot wait for them
            HttpResponse<String> first = Http.get(server.url(), null);
            assertPlainError(first, 503, "Not ready: the landing page's counts is still being computed for the"
                    + " current data");
            assertTrue(first.body().contains("尚未就绪"), first.body());
            assertEquals("2", first.headers().firstValue("Retry-After").orElse(""));
            // in memory the description (and with it the dumps) is started with the server; until it is made, the
            // same 503
            for (String page : List.of("", "dumps/ai-milestones.nt", ".well-known/void")) {
                HttpResponse<String> later = onceComputed(server.url() + page);
                assertEquals(200, later.statusCode(), page + ": served once computed, whatever the deadline: "
                        + later.body());
            }
            assertEquals(200, Http.get(server.url() + "sitemap.xml", null).statusCode(), "from the kept description");
            assertEquals(200, Http.get(server.url() + "dataset.jsonld", null).statusCode());
            assertEquals(1, server.description().computations(), "computed once, in its own thread");
        }
    }

    @Test
    void theDescriptionAndTheDumpsAreMadeOncePerDataVersionAndAgainAfterAWrite() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: secret\n");
        GraphSource source = GraphSource.directory(Path.of("."));
        try (MilestonesServer server = MilestonesServer.start(serving(source).allowUpdate(true)
                .passwordFile(passwords).build())) {
            DatasetDescription description = server.description();
            String voidTtl = Http.get(server.url() + ".well-known/void", "text/turtle").body();
            String dump = Http.get(server.url() + "dumps/ai-milestones.nt", null).body();
            for (int i = 0; i < 3; i++) {
                for (String page : List.of(".well-known/void", "dataset.jsonld", "sitemap.xml",
                        "dumps/ai-milestones.nt")) {
                    assertEquals(200, Http.get(server.url() + page, null).statusCode(), page);
                }
            }
            assertEquals(1, description.computations(), "computed for the first request only");
            assertEquals(1, description.dumps().computations(),
                    "the dump downloaded made once; the description serializes none (data that can change)");
            HttpResponse<String> update = Http.send(Http.withBasicAuth(Http.request(server.url()
                    + "ai-milestones/update").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <" + AIMIL.RESOURCE_NS
                            + "alexnet> <http://www.w3.org/2000/01/rdf-schema#comment> \"changed\" }")),
                    "editor", "secret"));
            assertEquals(204, update.statusCode(), update.body());
            String voidAfter = Http.get(server.url() + ".well-known/void", "text/turtle").body();
            String dumpAfter = Http.get(server.url() + "dumps/ai-milestones.nt", null).body();
            assertNotEquals(voidTtl, voidAfter, "the description follows the write");
            assertTrue(dumpAfter.contains("\"changed\"") && !dump.contains("\"changed\""), "so does the dump");
            Http.get(server.url() + ".well-known/void", "text/turtle");
            assertEquals(2, description.computations(), "once more for the new data version");
            assertEquals(2, description.dumps().computations(), "the downloaded dump once more");
        }
    }
}
