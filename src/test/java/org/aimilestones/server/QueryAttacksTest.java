package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.aimilestones.load.GraphSource;
import org.aimilestones.testing.Fixture;
import org.aimilestones.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small queries that used to hold a thread, a slot or a core past every limit: functions that sleep or load
 * classes, catastrophic regular expressions, deep nesting. Each is refused (400, naming the limit) or cut at the
 * deadline (503, naming the limit applied), fast, with the server's CPU quiet afterwards and the next query answered.
 */
class QueryAttacksTest {

    static final String PREFIXES = "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
            + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
            + "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n";
    static final String NORMAL = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3";

    @TempDir
    static Path tmp;

    static MilestonesServer server;
    static String sparql;

    @BeforeAll
    static void start() throws Exception {
        server = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(tmp.resolve("project"))))
                .port(0).timeout(Duration.ofSeconds(2)).maxConcurrent(2).build());
        sparql = server.url() + "ai-milestones/sparql";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> query(String query) {
        return Http.postForm(sparql, "query=" + enc(query), "application/sparql-results+json");
    }

    private static double cpuSeconds() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The server (in this JVM) works no more than a little after the answer, and answers a normal query. */
    private static void quietAfterwards(String what) throws InterruptedException {
        double before = cpuSeconds();
        Thread.sleep(2000);
        double used = cpuSeconds() - before;
        assertTrue(used < 1.5, what + ": " + used + " s of CPU in the 2 s after the answer");
        HttpResponse<String> normal = query(NORMAL);
        assertEquals(200, normal.statusCode(), what + ": " + normal.body());
    }

    private static void refused(String query, String expected) throws InterruptedException {
        long start = System.nanoTime();
        assertPlainError(query(query), 400, expected);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "answered within 10 s: " + query);
        quietAfterwards(expected);
    }

    @Test
    void functionsOffTheListAreRefused() throws Exception {
        refused(PREFIXES + "SELECT ?x { BIND(afn:wait(86400000) AS ?x) }",
                "function <http://jena.apache.org/ARQ/function#wait> refused");
        refused("SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.wait>(1000) AS ?x) }",
                "function <java:org.apache.jena.sparql.function.library.wait> refused");
        refused("SELECT ?x { BIND(<http://example.org/fun>(1) AS ?x) }", "function <http://example.org/fun> refused");
        refused(PREFIXES + "SELECT ?x { BIND(fn:matches('aaa', 'a+') AS ?x) }",
                "function <http://www.w3.org/2005/xpath-functions#matches> refused");
        refused(PREFIXES + "ASK { FILTER NOT EXISTS { FILTER(afn:wait(100000)) } }",
                "function <http://jena.apache.org/ARQ/function#wait> refused");
        refused(PREFIXES + "SELECT ?p { <http://e/a> apf:versionARQ ?p }",
                "property function <http://jena.apache.org/ARQ/property#versionARQ> refused");
        refused("SELECT ?x { BIND(CALL(<http://jena.apache.org/ARQ/function#wait>, 1000) AS ?x) }", "CALL refused");
        refused(PREFIXES + "SELECT (<http://example.org/agg>(?o) AS ?x) { ?s ?p ?o }",
                "<http://example.org/agg> refused");
    }

    @Test
    void functionsOnTheListWork() {
        HttpResponse<String> response = query(PREFIXES + "SELECT ?a ?b ?c ?d { BIND(xsd:integer('5') AS ?a)"
                + " BIND(fn:upper-case('x') AS ?b) BIND(afn:localname(<http://e/name>) AS ?c)"
                + " BIND(STRLEN('abc') AS ?d) }");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"NAME\"") || response.body().contains("\"name\""), response.body());
        HttpResponse<String> search = query(PREFIXES + "SELECT ?s { ?s text:query 'learning' } LIMIT 1");
        assertEquals(200, search.statusCode(), search.body());
    }

    @Test
    void deepNestingIsRefusedBeforeItRuns() throws Exception {
        refused("SELECT * WHERE " + "{ ".repeat(1000) + "?s ?p ?o" + " }".repeat(1000),
                "nests brackets more than 64 deep");
        refused("ASK { FILTER(true" + " && true".repeat(5000) + ") }", "nested more than 200 operators deep");
        for (int depth : new int[] {13, 26, 100}) {
            String exists = "FILTER(true)";
            for (int i = 0; i < depth; i++) {
                exists = "FILTER(NOT EXISTS { " + exists + " })";
            }
            refused("ASK { " + exists + " }", depth > 30 ? "nests brackets" : "more than 12 deep");
        }
        String twelve = "FILTER(true)";
        for (int i = 0; i < 12; i++) {
            twelve = "FILTER(NOT EXISTS { " + twelve + " })";
        }
        assertEquals(200, query("ASK { " + twelve + " }").statusCode(), "12 levels are allowed");
    }

    @Test
    void aCatastrophicRegexStopsAtTheDeadline() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = query("SELECT ?s { BIND('" + "a".repeat(39) + "!' AS ?s)"
                + " FILTER(regex(?s, '(.*a){20}$')) }");
        assertPlainError(response, 503, "ran longer than the limit of 2 s");
        assertTrue(System.nanoTime() - start < 15_000_000_000L, "cut near the 2 s limit");
        quietAfterwards("regex");
        HttpResponse<String> matching = query("SELECT ?s { BIND('abc' AS ?s) FILTER(regex(?s, '^A', 'i')) }");
        assertEquals(200, matching.statusCode(), matching.body());
        assertTrue(matching.body().contains("\"abc\""), matching.body());
        assertPlainError(query("SELECT ?s { BIND('abc' AS ?s) FILTER(regex(?s, '(')) }"), 400,
                "The query cannot be run: Regex pattern exception: Unclosed group");
    }

    @Test
    void theTimeoutMessageStatesTheLimitApplied() {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> response = Http.get(sparql + "?timeout=0.5&query=" + enc(runaway),
                "application/sparql-results+json");
        assertPlainError(response, 503, "ran longer than the limit of 0.5 s");
    }
}
