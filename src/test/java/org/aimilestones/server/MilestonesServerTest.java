package org.aimilestones.server;

import static org.aimilestones.testing.Http.contentType;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Isolated;

/** The read-only server over the real graph, in memory, with a 1 s timeout and a 1,000-row cap. */
@Isolated // times a shutdown: nothing else may run beside it
class MilestonesServerTest {

    static final String PREFIXES = "PREFIX res: <" + AIMIL.RESOURCE_NS + ">\nPREFIX aimil: <" + AIMIL.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema: <http://schema.org/>\n";
    /** A deep property path: every node to every node it reaches by any chain of links. */
    static final String RUNAWAY_PATH = "SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://example.org/p>|!<http://example.org/p>)*"
            + "/(<http://example.org/p>|!<http://example.org/p>)* ?b }";
    /** A cross join skipped far past its end. */
    static final String RUNAWAY_OFFSET = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 9000000000000";
    static final String LABELS = PREFIXES + "SELECT ?label WHERE { res:alexnet rdfs:label ?label } ORDER BY ?label";

    static KnowledgeGraph kg;
    static MilestonesServer server;
    static String base;
    static String sparql;

    @BeforeAll
    static void start() throws Exception {
        GraphSource src = GraphSource.directory(Path.of("."));
        kg = KnowledgeGraph.load(src);
        server = MilestonesServer.start(ServerConfig.builder().source(src).port(0)
                .timeout(Duration.ofSeconds(1)).maxRows(1000).build());
        // the description and its dumps take seconds for the decade's graph, more than this server's 1 s for a page:
        // ready before any test asks for them (a page asked too early is a 503 "still being computed": PageGuardTest)
        server.description().computed();
        base = server.url();
        sparql = base + "ai-milestones/sparql";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static void assertPlainError(HttpResponse<String> response, int status, String expected) {
        assertEquals(status, response.statusCode(), () -> start(response.body()));
        assertTrue(response.body().contains(expected), response.body());
        assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"), response.body());
    }

    /** @return the start of a long text, for failure messages */
    static String start(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    @Test
    void bannerShowsTheUrlAndTheTripleCount() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", base);
        assertEquals(kg.inferred().size(), server.triples());
        assertTrue(server.banner().startsWith("ai-milestones serving " + base + " (dataset /ai-milestones, "), server.banner());
        assertTrue(server.banner().endsWith(", read-only)"), server.banner());
    }

    @ParameterizedTest
    @CsvSource({",text/turtle,TTL", "application/ld+json,application/ld+json,JSONLD",
        "application/n-triples,application/n-triples,NT"})
    void bareGetGivesTheServiceDescription(String accept, String expectedType, String langName) {
        HttpResponse<String> response = Http.get(sparql, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith(expectedType), contentType(response));
        Graph sd = parse(response.body(), RDFLanguages.nameToLang(langName));
        String sdNs = ServiceDescription.SD;
        Node service = sd.find(Node.ANY, RDF.type.asNode(), uri(sdNs + "Service")).next().getSubject();
        assertTrue(sd.contains(service, uri(sdNs + "endpoint"), uri(sparql)));
        assertTrue(sd.contains(service, uri(sdNs + "supportedLanguage"), uri(sdNs + "SPARQL11Query")));
        assertTrue(sd.contains(service, uri(sdNs + "resultFormat"),
                uri("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertFalse(sd.contains(service, uri(sdNs + "feature"), Node.ANY), "no SERVICE allowed, no federation");
        Node triples = sd.find(Node.ANY, uri(DatasetDescription.VOID + "triples"), Node.ANY).next().getObject();
        assertEquals(server.triples(), Long.parseLong(triples.getLiteralLexicalForm()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values"})
    void selectByGetAndPostInEachResultFormat(String accept) {
        List<HttpResponse<String>> responses = List.of(
                Http.get(sparql + "?query=" + enc(LABELS), accept),
                Http.postForm(sparql, "query=" + enc(LABELS), accept),
                Http.post(sparql, "application/sparql-query", LABELS, accept));
        for (HttpResponse<String> response : responses) {
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(contentType(response).startsWith(accept), contentType(response));
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                    WebContent.contentTypeToLangResultSet(accept));
            List<String> labels = ResultSetFormatter.toList(rows).stream()
                    .map(r -> r.get("label").asLiteral().getLexicalForm()).toList();
            assertEquals(List.of("AlexNet", "AlexNet"), labels, accept);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void constructInEachRdfFormat(String accept) {
        String construct = PREFIXES + "CONSTRUCT { res:alexnet ?p ?o } WHERE { res:alexnet ?p ?o }";
        HttpResponse<String> response = Http.post(sparql, "application/sparql-query", construct, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith(accept), contentType(response));
        Graph result = parse(response.body(), RDFLanguages.contentTypeToLang(accept));
        Graph expected = GraphFactory.createDefaultGraph();
        kg.inferred().find(uri(AIMIL.RESOURCE_NS + "alexnet"), Node.ANY, Node.ANY).forEachRemaining(expected::add);
        assertTrue(expected.isIsomorphicWith(result), accept);
        assertTrue(result.contains(uri(AIMIL.RESOURCE_NS + "alexnet"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("AlexNet", "en")));
    }

    @Test
    void inMemoryTheDescriptionIsComputedSoonAfterTheStartWithoutAnyRequest() throws Exception {
        try (MilestonesServer own = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Path.of("."))).port(0).build())) {
            assertEquals(0, own.description().computations(), "not while the server starts");
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (own.description().computations() == 0 && System.nanoTime() - until < 0) {
                Thread.sleep(50);
            }
            assertEquals(1, own.description().computations(), "computed " + MilestonesServer.PREPARE_AFTER
                    + " after the start, without a request");
        }
    }

    @Test
    void describeAndAskWork() {
        HttpResponse<String> describe = Http.post(sparql, "application/sparql-query",
                PREFIXES + "DESCRIBE res:alexnet", "text/turtle");
        assertEquals(200, describe.statusCode(), describe.body());
        assertFalse(parse(describe.body(), Lang.TURTLE).isEmpty());
        HttpResponse<String> ask = Http.get(sparql + "?query=" + enc(PREFIXES + "ASK { res:alexnet a schema:CreativeWork }"),
                "application/sparql-results+json");
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(JSON.parse(ask.body()).get("boolean").getAsBoolean().value(), ask.body());
    }

    @Test
    void schemaOrgTermsAreAnsweredThroughTheEntailments() {
        try (QueryExecution qe = QueryExecutionHTTP.service(sparql)
                .query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?e a schema:Event }").build()) {
            assertTrue(qe.execSelect().next().getLiteral("n").getLong() > 10);
        }
    }

    @Test
    void malformedQueryIs400WithLineAndColumn() {
        HttpResponse<String> response = Http.get(sparql + "?query=" + enc("SELECT ?s WHERE {\n  ?s ?p \n}"), null);
        assertPlainError(response, 400, "line 3, column 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonesuch", "ai-milestones/nonesuch", "dumps/nonesuch.ttl", "$/datasets", "$/compact/ai-milestones"})
    void unknownPathsAre404(String path) {
        assertPlainErrorStatus(Http.get(base + path, null), 404);
    }

    private static void assertPlainErrorStatus(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
    }

    @Test
    void thereIsNoWayToWriteByDefault() {
        String update = "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }";
        for (String path : List.of("ai-milestones/update", "ai-milestones/sparql", "ai-milestones/get", "ai-milestones/data", "ai-milestones", "$/datasets")) {
            int status = Http.post(base + path, "application/sparql-update", update, "*/*").statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
            int put = Http.send(Http.request(base + path + "?default").header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 ."))).statusCode();
            assertTrue(put >= 400 && put < 500, "PUT " + path + " answered " + put);
        }
        assertEquals(kg.inferred().size(), server.triples(), "nothing changed");
    }

    @Test
    void serviceIsRefusedWithoutAConnection() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        remote.start();
        try {
            String endpoint = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
            for (String query : List.of("SELECT * WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { BIND(<" + endpoint + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                    "ASK { FILTER EXISTS { SERVICE <" + endpoint + "> { ?s ?p ?o } } }")) {
                assertPlainError(Http.post(sparql, "application/sparql-query", query, "*/*"), 400,
                        "refused: this server calls only the endpoints named with --service-allow");
            }
            assertEquals(0, calls.get(), "no request reached the remote endpoint");
        } finally {
            remote.stop(0);
        }
    }

    @Test
    void fromFileIsRefused() {
        for (String query : List.of("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }")) {
            assertPlainError(Http.post(sparql, "application/sparql-query", query, "*/*"), 400,
                    "FROM <file:///etc/passwd> refused: this server never reads files");
        }
        String url = sparql + "?default-graph-uri=" + enc("file:///etc/passwd") + "&query="
                + enc("SELECT * WHERE { ?s ?p ?o }");
        assertPlainError(Http.get(url, null), 400, "refused");
    }

    @Test
    void resultsBeyondMaxRowsAreCutAndFlagged() {
        HttpResponse<String> response = Http.get(sparql + "?query=" + enc("SELECT * WHERE { ?s ?p ?o }"), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("1000", response.headers().firstValue(GuardedQueryService.TRUNCATED_HEADER).orElse(""));
        assertEquals(1001, response.body().lines().count(), "header line and 1,000 rows");
        HttpResponse<String> small = Http.get(sparql + "?query=" + enc(LABELS), "text/csv");
        assertTrue(small.headers().firstValue(GuardedQueryService.TRUNCATED_HEADER).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
        "SELECT ?b (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?b",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), 'x')) }",
        "CONSTRUCT { ?a ?e ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), 'x')) }",
        RUNAWAY_PATH, RUNAWAY_OFFSET})
    void longQueriesAre503WithinSecondsWhileOthersAreAnswered(String query) throws Exception {
        long start = System.nanoTime();
        String accept = query.startsWith("CONSTRUCT") ? "text/turtle" : "application/sparql-results+json";
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> Http.post(sparql, "application/sparql-query", query, accept));
        Thread.sleep(200);
        try (QueryExecution qe = QueryExecutionHTTP.service(sparql).query(LABELS).build()) {
            assertEquals(2, ResultSetFormatter.toList(qe.execSelect()).size(), "another client is answered meanwhile");
        }
        HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertPlainError(response, 503, "Query timed out: it ran longer than the limit of 1 s");
        assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
        assertTrue(seconds < 5, "took " + seconds + " s");
    }

    @Test
    void severalRunawayQueriesAtOnceAllEndAt503WhileANormalClientIsAnswered() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> runaways = java.util.stream.Stream.of(RUNAWAY_PATH, RUNAWAY_OFFSET,
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?c) ?f")
                .map(q -> CompletableFuture.supplyAsync(() -> Http.post(sparql, "application/sparql-query", q, "text/csv")))
                .toList();
        Thread.sleep(100);
        for (int limit = 1; limit <= 3; limit++) {
            HttpResponse<String> normal = Http.get(sparql + "?query=" + enc(LABELS + " LIMIT " + limit), "text/csv");
            assertEquals(200, normal.statusCode(), normal.body());
            assertEquals(Math.min(limit, 2) + 1, normal.body().lines().count(), "a complete answer");
        }
        for (CompletableFuture<HttpResponse<String>> runaway : runaways) {
            assertPlainError(runaway.get(10, TimeUnit.SECONDS), 503, "Query timed out");
        }
    }

    @Test
    void corsOnRequestsAndPreflight() {
        HttpResponse<String> get = Http.send(Http.request(sparql + "?query=" + enc(LABELS))
                .header("Origin", "http://example.org").GET());
        assertEquals(200, get.statusCode());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never with credentials");
        HttpResponse<String> preflight = Http.send(Http.request(sparql).header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
    }

    @ParameterizedTest
    @CsvSource({",text/turtle,TTL", "application/ld+json,application/ld+json,JSONLD",
        "application/n-triples,application/n-triples,NT"})
    void voidDescribesTheDataset(String accept, String expectedType, String langName) {
        HttpResponse<String> response = Http.get(base + ".well-known/void", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith(expectedType), contentType(response));
        Graph description = parse(response.body(), RDFLanguages.nameToLang(langName));
        String voidNs = DatasetDescription.VOID;
        Node dataset = uri(DatasetDescription.IRI);
        assertTrue(description.contains(dataset, RDF.type.asNode(), uri(voidNs + "Dataset")));
        assertTrue(description.contains(dataset, RDF.type.asNode(), uri(DatasetDescription.DCAT + "Dataset")));
        Node triples = description.find(dataset, uri(voidNs + "triples"), Node.ANY).next().getObject();
        assertEquals(kg.inferred().size(), Long.parseLong(triples.getLiteralLexicalForm()));
        assertTrue(description.contains(dataset, uri(voidNs + "sparqlEndpoint"), uri(sparql)));
        assertTrue(description.contains(dataset, DCTerms.source.asNode(),
                uri(AIMIL.RESOURCE_NS + "ai-milestones-2012-2014")));
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            Node file = uri(base + "dumps/" + dump.file());
            assertTrue(description.contains(dataset, uri(voidNs + "dataDump"), file));
            Node distribution = uri(DatasetDescription.IRI + "#dump-" + dump.file());
            assertTrue(description.contains(distribution, RDF.type.asNode(),
                    uri(DatasetDescription.DCAT + "Distribution")));
            assertTrue(description.contains(distribution, uri(DatasetDescription.DCAT + "downloadURL"), file));
        }
        long events = kg.inferred().find(Node.ANY, RDF.type.asNode(), AIMIL.Event.asNode()).toList().size();
        boolean eventPartition = description.find(Node.ANY, uri(voidNs + "class"), AIMIL.Event.asNode()).toList()
                .stream().anyMatch(t -> description.contains(t.getSubject(), uri(voidNs + "entities"),
                        DatasetDescription.count(events).asNode()));
        assertTrue(eventPartition, "class partition of aimil:Event with " + events + " entities");
    }

    @Test
    void dumpsReparseToTheGraph() {
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            HttpResponse<String> response = Http.get(base + "dumps/" + dump.file(), null);
            assertEquals(200, response.statusCode(), dump.file());
            assertTrue(contentType(response).startsWith(dump.mediaType()), contentType(response));
            Graph expected = dump.inferred() ? kg.inferred() : kg.asserted();
            assertTrue(expected.isIsomorphicWith(parse(response.body(), dump.format().lang())), dump.file());
        }
    }

    @Test
    void graphStoreReadAndServerInfo() {
        HttpResponse<String> graph = Http.get(base + "ai-milestones/get?default", "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertTrue(kg.inferred().isIsomorphicWith(parse(graph.body(), Lang.NTRIPLES)));
        assertEquals(200, Http.get(base + "$/ping", null).statusCode());
        HttpResponse<String> info = Http.get(base + "$/server", null);
        assertEquals(200, info.statusCode());
        assertTrue(info.body().contains("/ai-milestones"), info.body());
    }
}
