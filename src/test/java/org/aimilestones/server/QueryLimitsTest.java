package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.PREFIXES;
import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.aimilestones.load.GraphSource;
import org.aimilestones.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** A read-only server over fixture data with small limits: 4 KiB bodies, one query at a time, a 3 s timeout. */
@Isolated // times deadlines: nothing else may run beside it
class QueryLimitsTest {

    static final int MAX_BODY = 4096;
    static final String QUERY = PREFIXES + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label";
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path tmp;

    static MilestonesServer server;
    static String sparql;

    @BeforeAll
    static void start() throws Exception {
        server = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(tmp.resolve("project"))))
                .port(0).timeout(Duration.ofSeconds(3)).maxBody(MAX_BODY).maxConcurrent(1).build());
        sparql = server.url() + "ai-milestones/sparql";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String padded(String query, int length) {
        return query + "\n#" + "x".repeat(Math.max(0, length - query.length() - 2));
    }

    @Test
    void answersCarryAnETagAndAreCachedForAMinute() {
        HttpResponse<String> first = Http.get(sparql + "?query=" + enc(QUERY), "text/csv");
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("Accept", first.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> again = Http.post(sparql, "application/sparql-query", "\r\n" + QUERY + "  \n", "text/csv");
        assertEquals(first.body(), again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""), "same query, trivially re-spaced");
        assertTrue(Http.contentType(again).startsWith("text/csv"), Http.contentType(again));
        HttpResponse<String> json = Http.get(sparql + "?query=" + enc(QUERY), "application/sparql-results+json");
        assertNotEquals(etag, json.headers().firstValue("ETag").orElse(""), "another format, another answer");
        assertTrue(json.body().contains("\"bindings\""), json.body());
        HttpResponse<String> revalidated = Http.send(Http.request(sparql + "?query=" + enc(QUERY))
                .header("Accept", "text/csv").header("If-None-Match", "\"other\", " + etag).GET());
        assertEquals(304, revalidated.statusCode());
        assertEquals("", revalidated.body());
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void errorsAreNeverCached() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = Http.get(sparql + "?query=" + enc("SELECT * WHERE {"), "text/csv");
            assertPlainError(response, 400, "line 1");
            assertTrue(response.headers().firstValue("ETag").isEmpty(), "no ETag on an error");
        }
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = padded(QUERY, MAX_BODY + 1);
        assertPlainError(Http.post(sparql, "application/sparql-query", big, "text/csv"), 413,
                "at most " + MAX_BODY + " bytes");
        assertPlainError(Http.postForm(sparql, "query=" + enc(big), "text/csv"), 413, "at most");
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder chunked = Http.request(sparql).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertPlainError(Http.send(chunked), 413, "at most");
        HttpResponse<String> justUnder = Http.post(sparql, "application/sparql-query", padded(QUERY, MAX_BODY),
                "text/csv");
        assertEquals(200, justUnder.statusCode(), justUnder.body());
    }

    @Test
    void queriesBeyondTheConcurrencyLimitWaitThenGet503WithRetryAfter() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(
                () -> Http.post(sparql, "application/sparql-query", RUNAWAY, "text/csv"));
        Thread.sleep(300);
        long start = System.nanoTime();
        HttpResponse<String> refused = Http.get(sparql + "?query=" + enc(QUERY + " LIMIT 1"), "text/csv");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertPlainError(refused, 503, "Server busy");
        assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(waited >= 1900, "waited " + waited + " ms for a slot first");
        assertPlainError(runaway.get(10, TimeUnit.SECONDS), 503, "Query timed out");
        assertEquals(200, Http.get(sparql + "?query=" + enc(QUERY + " LIMIT 2"), "text/csv").statusCode(),
                "the slot is free again");
    }
}
