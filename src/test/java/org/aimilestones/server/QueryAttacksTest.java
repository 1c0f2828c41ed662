package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import java.time.Duration;
import org.aimilestones.load.GraphSource;
import org.aimilestones.testing.Cpu;
import org.aimilestones.testing.Fixture;
import org.aimilestones.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The small queries that used to hold a thread, a slot or a core past every limit: functions that sleep or load
 * classes, catastrophic regular expressions, deep nesting. Each is refused (400, naming the limit) or cut at the
 * deadline (503, naming the limit applied), fast, with the server's CPU quiet afterwards and the next query answered.
 */
@Isolated // bounds the server's CPU time (testing/Cpu): nothing else may run beside it
class QueryAttacksTest {

    static final String PREFIXES = "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
            + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
            + "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n";
    static final String NORMAL = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3";

    @TempDir
    static Path tmp;

    static final String USER = "editor";
    static final String PASSWORD = "s3cret";
    /** The server's --timeout, in seconds: requests that give a shorter timeout must end well before it. */
    static final int TIMEOUT = 4;

    static MilestonesServer server;
    static String sparql;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        server = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(tmp.resolve("project"))))
                .port(0).timeout(Duration.ofSeconds(TIMEOUT)).maxConcurrent(2)
                .allowUpdate(true).passwordFile(passwords).build());
        sparql = server.url() + "ai-milestones/sparql";
        // what the JVM still does for the classes before this one (collections, compilations) and for the start is
        // over before the first check of how quiet the server is after an answer
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (double cpu = cpuSeconds(); System.nanoTime() < until; cpu = cpuSeconds()) {
            Thread.sleep(500);
            if (cpuSeconds() - cpu < 0.1) {
                break;
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> query(String query) {
        return Http.postForm(sparql, "query=" + enc(query), "application/sparql-results+json");
    }

    /** @return the answer to query run with the request's own timeout parameter, in seconds */
    private static HttpResponse<String> query(String query, String timeout) {
        return Http.postForm(sparql, "timeout=" + timeout + "&query=" + enc(query), "application/sparql-results+json");
    }

    private static HttpResponse<String> update(String update) {
        return Http.send(Http.withBasicAuth(Http.request(server.url() + "ai-milestones/update")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)), USER, PASSWORD));
    }

    /** @return a query FILTER(true) under depth levels of NOT EXISTS */
    static String notExists(int depth) {
        String exists = "FILTER(true)";
        for (int i = 0; i < depth; i++) {
            exists = "FILTER(NOT EXISTS { " + exists + " })";
        }
        return "ASK { " + exists + " }";
    }

    /** @return seconds since start (from System.nanoTime) */
    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** @return the CPU time of the server (the JVM's Java threads: {@link Cpu}), in seconds */
    private static double cpuSeconds() {
        return Cpu.javaThreadsNanos() / 1e9;
    }

    /**
     * The server (in this JVM) works no more than a little after the answer, and answers a normal query: work left
     * running would take a whole core of the 1.5 s after it; the JVM's own work (a collection, a compilation) less.
     */
    private static void quietAfterwards(String what) throws InterruptedException {
        double before = cpuSeconds();
        Thread.sleep(1500);
        double used = cpuSeconds() - before;
        assertTrue(used < 1.1, what + ": " + used + " s of CPU in the 1.5 s after the answer");
        HttpResponse<String> normal = query(NORMAL);
        assertEquals(200, normal.statusCode(), what + ": " + normal.body());
    }

    private static void refused(String query, String expected) throws InterruptedException {
        double cpu = cpuSeconds();
        long start = System.nanoTime();
        assertPlainError(query(query), 400, expected);
        assertTrue(since(start) < 10, "answered within 10 s: " + query);
        assertTrue(cpuSeconds() - cpu < 5, expected + ": " + (cpuSeconds() - cpu) + " s of CPU to refuse it");
        quietAfterwards(expected);
    }

    /** The request (timed out at limitSeconds) ends near its limit, with its CPU bounded, and the server is free. */
    private static void cutAtTheDeadline(String what, Callable<HttpResponse<String>> request, int status,
            String expected, double limitSeconds) throws Exception {
        double cpu = cpuSeconds();
        long start = System.nanoTime();
        HttpResponse<String> response = request.call();
        double took = since(start);
        assertPlainError(response, status, expected);
        assertTrue(took >= limitSeconds - 0.1, what + ": answered after " + took + " s, before its limit");
        assertTrue(took < limitSeconds + 8, what + ": answered after " + took + " s");
        double used = cpuSeconds() - cpu;
        assertTrue(used < 2 * limitSeconds + 6, what + ": " + used + " s of CPU for " + took + " s");
        quietAfterwards(what);
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
        refused(PREFIXES + "SELECT ?x { BIND(afn:sprintf('%1000000000d', 1) AS ?x) }",
                "function <http://jena.apache.org/ARQ/function#sprintf> refused");
        refused(PREFIXES + "SELECT (<http://example.org/agg>(?o) AS ?x) { ?s ?p ?o }",
                "<http://example.org/agg> refused");
    }

    /** Jena's path evaluation calls a property function met as a step of a path: such a step is checked too. */
    @Test
    void propertyFunctionsOffTheListAreRefusedAsStepsOfPaths() throws Exception {
        refused(PREFIXES + "SELECT ?o { <http://e/a> (apf:assign|<http://e/none>) ?o }",
                "property function <http://jena.apache.org/ARQ/property#assign> refused");
        refused("SELECT ?o { <http://e/a> (<java:org.apache.jena.sparql.pfunction.library.assign>/<http://e/p>)* ?o }",
                "property function <java:org.apache.jena.sparql.pfunction.library.assign> refused");
        refused(PREFIXES + "SELECT ?o { ?o ^(<http://e/p>/apf:versionARQ)? <http://e/a> }",
                "property function <http://jena.apache.org/ARQ/property#versionARQ> refused");
        HttpResponse<String> member = query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?o { ?o (rdfs:member|<http://e/none>)+ <http://e/a> }");
        assertEquals(200, member.statusCode(), "an allowed property function as a step: " + member.body());
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
        cutAtTheDeadline("regex", () -> query("SELECT ?s { BIND('" + "a".repeat(39) + "!' AS ?s)"
                + " FILTER(regex(?s, '(.*a){20}$')) }", "1"), 503, "ran longer than the limit of 1 s", 1);
        HttpResponse<String> matching = query("SELECT ?s { BIND('abc' AS ?s) FILTER(regex(?s, '^A', 'i')) }");
        assertEquals(200, matching.statusCode(), matching.body());
        assertTrue(matching.body().contains("\"abc\""), matching.body());
        assertPlainError(query("SELECT ?s { BIND('abc' AS ?s) FILTER(regex(?s, '(')) }"), 400,
                "The query cannot be run: Regex pattern exception: Unclosed group");
    }

    @Test
    void theTimeoutMessageStatesTheLimitApplied() {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> response = Http.get(sparql + "?timeout=0.5&query=" + enc(runaway),
                "application/sparql-results+json");
        assertPlainError(response, 503, "ran longer than the limit of 0.5 s");
        assertTrue(since(start) < TIMEOUT - 0.5, "cut at 0.5 s, not the server's " + TIMEOUT + " s: " + since(start));
        assertPlainError(query(runaway + " # other text", "1"), 503, "ran longer than the limit of 1 s");
        assertPlainError(query(runaway + " # another text", "60,1"), 503, "ran longer than the limit of 1 s");
        assertPlainError(query(runaway + " # yet another", "60"), 503, "ran longer than the limit of " + TIMEOUT
                + " s");
    }

    @Test
    void fourWaitsAtOnceHoldNoSlot() throws Exception {
        String wait = PREFIXES + "SELECT ?x { BIND(afn:wait(86400000) AS ?x) }";
        double cpu = cpuSeconds();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waits.add(CompletableFuture.supplyAsync(() -> query(wait)));
        }
        for (CompletableFuture<HttpResponse<String>> each : waits) {
            assertPlainError(each.get(30, TimeUnit.SECONDS), 400,
                    "function <http://jena.apache.org/ARQ/function#wait> refused");
        }
        assertTrue(since(start) < 10, "four refusals in " + since(start) + " s");
        assertTrue(cpuSeconds() - cpu < 5, (cpuSeconds() - cpu) + " s of CPU");
        quietAfterwards("afn:wait x4");
        refused("SELECT ?o { <http://e/a> <java:org.apache.jena.sparql.pfunction.library.versionARQ> ?o }",
                "property function <java:org.apache.jena.sparql.pfunction.library.versionARQ> refused");
    }

    @Test
    void notExistsNestedIsRefusedFast() throws Exception {
        refused(notExists(26), "more than 12 deep");
        refused(notExists(30), "more than 12 deep");
        refused(notExists(100), "nests brackets more than 64 deep");
    }

    @Test
    void aCatastrophicReplaceStopsAtTheDeadline() throws Exception {
        cutAtTheDeadline("replace", () -> query("SELECT ?r { BIND('" + "a".repeat(39) + "!' AS ?s)"
                + " BIND(REPLACE(?s, '(.*a){20}$', 'x') AS ?r) }", "1"), 503, "ran longer than the limit of 1 s", 1);
        HttpResponse<String> replaced = query("SELECT ?r { BIND(REPLACE('banana'@en, 'a(n)?', '<$1>') AS ?r) }");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(replaced.body().contains("\"b<n><n><>\"") && replaced.body().contains("\"en\""), replaced.body());
        HttpResponse<String> variable = query("SELECT ?r { BIND('x.y' AS ?p) BIND(REPLACE('AxByC', ?p, '-', 'i') AS ?r) }");
        assertEquals(200, variable.statusCode(), variable.body());
        assertTrue(variable.body().contains("\"A-C\""), variable.body());
    }

    @Test
    void stringsDoubledPastTheLimitAreRefused() throws Exception {
        refused("SELECT (STRLEN(?x30) AS ?n) { " + doubling(30) + " }",
                "builds a string longer than 1048576 characters");
        refused(PREFIXES + "SELECT ?x { " + doubling(18) + " BIND(fn:concat(?x18, ?x18, ?x18, ?x18) AS ?x) }",
                "builds a string longer than 1048576 characters");
        refused("SELECT ?y { { SELECT (CONCAT(?x19, ?x19) AS ?y) { " + doubling(19) + " } } }",
                "builds a string longer than 1048576 characters");
        refused("SELECT ?r { BIND(REPLACE('" + "a".repeat(1000) + "', 'a', '" + "$0".repeat(2000) + "') AS ?r) }",
                "builds a string longer than 1048576 characters");
        HttpResponse<String> shorter = query("SELECT (STRLEN(CONCAT('ab', 'cd')) AS ?n) { }");
        assertEquals(200, shorter.statusCode(), shorter.body());
        assertTrue(shorter.body().contains("\"4\""), shorter.body());
    }

    @Test
    void bigNumbersAreRefusedBeforeTheyAreComputed() throws Exception {
        String math = "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>\n";
        String limit = "a number of more than 10000 digits";
        refused(math + "SELECT ?x { BIND(math:pow(10, 100000000) AS ?x) }", limit);
        refused(math + "SELECT ?x { BIND(math:pow(-3, 1000000000000) AS ?x) }", limit);
        refused("SELECT ?x { BIND(<http://www.w3.org/2005/xpath-functions/math#pow>(10, 100000000) AS ?x) }", limit);
        refused("SELECT ?x { BIND(<http://www.w3.org/2001/XMLSchema#integer>('" + "7".repeat(12_000) + "') AS ?x) }",
                limit);
        StringBuilder squaring = new StringBuilder("SELECT ?x30 { BIND(10 AS ?x0)");
        for (int i = 0; i < 30; i++) {
            squaring.append(" BIND(?x").append(i).append(" * ?x").append(i).append(" AS ?x").append(i + 1).append(")");
        }
        refused(squaring + " }", limit);
        refused("SELECT ?x { BIND(" + "7".repeat(20_000) + " AS ?x) }", limit);
        refused(PREFIXES + "SELECT ?x { BIND('" + "7".repeat(20_000) + "'^^xsd:integer AS ?x) }", limit);
        refused(PREFIXES + "SELECT ?x { " + doubling("7777777777", 11) + " BIND(xsd:integer(?x11) AS ?x) }", limit);
        refused(PREFIXES + "SELECT ?x { " + doubling("7777777777", 11) + " BIND(STRDT(?x11, xsd:integer) + 1 AS ?x) }",
                limit);
        HttpResponse<String> small = query(math + PREFIXES + "SELECT ?a ?b ?c ?d { BIND(math:pow(2, 10) AS ?a)"
                + " BIND(3 * 4 AS ?b) BIND(xsd:integer('42') AS ?c) BIND(math:pow(2, -1) AS ?d) }");
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("\"1024\"") && small.body().contains("\"12\"")
                && small.body().contains("\"42\"") && small.body().contains("\"0.5"), small.body());
    }

    @Test
    void aSortOverACrossJoinStopsAtTheRequestedTimeout() throws Exception {
        cutAtTheDeadline("ORDER BY cross join", () -> query("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", "1"),
                503, "ran longer than the limit of 1 s", 1);
        cutAtTheDeadline("GROUP BY cross join", () -> query("SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f ."
                + " ?g ?h ?i } GROUP BY ?c", "1.5"), 503, "ran longer than the limit of 1.5 s", 1.5);
    }

    @Test
    void aSlowUpdateIsStoppedAndReleasesTheWriteLock() throws Exception {
        String slow = "INSERT { <http://example.org/s> <http://example.org/n> ?n } WHERE { SELECT (COUNT(*) AS ?n)"
                + " { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";
        cutAtTheDeadline("slow update", () -> update(slow), 503, "limit of " + TIMEOUT + " s, and was rolled back",
                TIMEOUT);
        long start = System.nanoTime();
        HttpResponse<String> write = update("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }");
        assertTrue(write.statusCode() < 300, write.statusCode() + " " + write.body());
        assertTrue(since(start) < 5, "the next write took " + since(start) + " s");
        cutAtTheDeadline("regex update", () -> update("DELETE { ?s ?p ?o } WHERE { BIND('" + "a".repeat(39)
                + "!' AS ?s) FILTER(regex(?s, '(.*a){20}$')) ?s ?p ?o }"), 503, "rolled back", TIMEOUT);
        assertPlainError(update(PREFIXES + "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(afn:wait(100000)) }"), 400,
                "function <http://jena.apache.org/ARQ/function#wait> refused");
        assertPlainError(update("DELETE WHERE { ?s ?p ?o } ; INSERT { <http://e/s> <http://e/p> 1 } WHERE "
                + notExists(26).substring(4)), 400, "more than 12 deep");
        assertPlainError(update("INSERT { <http://e/s> <http://e/p> 1 } WHERE " + "{ ".repeat(1000) + "?s ?p ?o"
                + " }".repeat(1000)), 400, "nests brackets more than 64 deep");
        assertPlainError(update("INSERT { <http://e/s> <http://e/p> ?x30 } WHERE { " + doubling(30) + " }"), 400,
                "longer than 1048576");
        assertPlainError(update("INSERT { <http://e/s> <http://e/p> ?y } WHERE { SELECT (CONCAT(?x19, ?x19) AS ?y) { "
                + doubling(19) + " } }"), 400, "longer than 1048576");
        assertTrue(askS(), "the refused updates changed nothing, the accepted one wrote");
    }

    /** @return BINDs that double 'ab' into ?x1 … ?xN */
    private static String doubling(int times) {
        return doubling("ab", times);
    }

    /** @return BINDs that double seed (?x0) into ?x1 … ?xN */
    private static String doubling(String seed, int times) {
        StringBuilder doubling = new StringBuilder("BIND('" + seed + "' AS ?x0)");
        for (int i = 0; i < times; i++) {
            doubling.append(" BIND(CONCAT(?x").append(i).append(", ?x").append(i).append(") AS ?x").append(i + 1)
                    .append(")");
        }
        return doubling.toString();
    }

    private static boolean askS() {
        HttpResponse<String> response = query("ASK { <http://example.org/s> <http://example.org/p> 1"
                + " FILTER NOT EXISTS { <http://example.org/s> <http://example.org/n> ?n } }");
        return response.body().contains("true");
    }
}
