package org.aimilestones.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The W3C SPARQL 1.1 Graph Store HTTP Protocol tests (rdf-tests sparql/sparql11/graph-store-protocol, which supersede
 * the deprecated http-rdf-update manifest), translated request by request against /ai-milestones/data (read-write, with
 * credentials), each case on an emptied store; plus the protocol's error statuses and the read-only /ai-milestones/get.
 */
class GraphStoreProtocolTest {

    static final String TURTLE = "text/turtle; charset=utf-8";
    static final String G1 = "?graph=http%3A%2F%2Fwww.example%2Fgsp%2Fperson%2F1.ttl";
    static final String G2 = "?graph=http%3A%2F%2Fwww.example%2Fgsp%2Fperson%2F2.ttl";
    static final String G4 = "?graph=http%3A%2F%2Fwww.example%2Fgsp%2Fperson%2F4.ttl";
    static final String PREFIXES = "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
            + "@prefix v: <http://www.w3.org/2006/vcard/ns#> .\n";
    static final String JOHN = PREFIXES + "<http://www.example/gsp/person/1> a foaf:Person;\n"
            + "    foaf:businessCard [ a v:VCard; v:fn \"John Doe\" ].";
    static final String JANE = JOHN.replace("John Doe", "Jane Doe");
    static final String JANE_2 = JANE.replace("person/1>", "person/2>");
    static final String ALICE = PREFIXES + "[] a foaf:Person;\n    foaf:businessCard [ a v:VCard; v:given-name \"Alice\" ] .";
    static final String BOUNDARY = "a6fe4cd636164618814be9f8d3d1a0de";
    static final String MULTIPART = "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"lastName.ttl\"; filename=\"lastName.ttl\"\r\n"
            + "Content-Type: text/turtle; charset=utf-8\r\n\r\n"
            + "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\r\n"
            + "<http://www.example/gsp/person/1> foaf:familyName \"Doe\" .\r\n\r\n"
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"firstName.ttl\"; filename=\"firstName.ttl\"\r\n"
            + "Content-Type: text/turtle; charset=utf-8\r\n\r\n"
            + "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\r\n"
            + "<http://www.example/gsp/person/1> foaf:givenName \"Jane\" .\r\n\r\n"
            + "--" + BOUNDARY + "--\r\n";

    @TempDir
    static Path tmp;

    static ConformanceServer s;

    @BeforeAll
    static void start() throws Exception {
        s = ConformanceServer.start(tmp, true);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Every manifest case starts from an empty store (they create person/1.ttl afresh, expecting 201). */
    @BeforeEach
    void emptyStore() {
        s.run("DROP ALL");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indirectManifest")
    void manifestEntry(String name, ProtocolConformanceTest.Case entry) {
        entry.run();
    }

    static Stream<Arguments> indirectManifest() {
        return Stream.of(
            entry("put_get_repeat_indirect", () -> {
                put(G1, JOHN).status(201);
                getTurtle(G1).isomorphicTo(JOHN);
                put(G1, JANE).status(200, 204);
                getTurtle(G1).isomorphicTo(JANE);
            }),
            entry("put_get_default", () -> {
                put("?default", ALICE).status(200, 201, 204);
                getTurtle("?default").isomorphicTo(ALICE);
            }),
            entry("put_delete_get_delete_indirect", () -> {
                put(G2, ALICE).status(201, 200, 204);
                s.data("DELETE", G2).send().status(200, 204);
                s.data("GET", G2).send().status(404);
                s.data("DELETE", G2).send().status(404, 200, 204);
            }),
            entry("post_get_post_get_indirect", () -> {
                s.data("POST", G1).type(TURTLE).body(JANE).send().status(200, 201, 204);
                getTurtle(G1).isomorphicTo(JANE);
                s.data("POST", G1).type("multipart/form-data; boundary=" + BOUNDARY).body(MULTIPART).send()
                        .status(200, 204);
                getTurtle(G1).isomorphicTo(JANE.replace("a foaf:Person;",
                        "a foaf:Person; foaf:givenName \"Jane\"; foaf:familyName \"Doe\";"));
            }),
            entry("head_existing_indirect", () -> {
                put(G1, JOHN).status(200, 201, 204);
                s.data("HEAD", G1).accept(TURTLE).send().status(200).contentType(TURTLE);
            }),
            entry("head_non_existing_indirect", () -> s.data("HEAD", G4).accept(TURTLE).send().status(404)),
            entry("put_get_uri_pct_encoded_indirect", () -> {
                put(G1, JOHN).status(201);
                getTurtle("?graph=http://www.example/gsp/person/1.ttl").isomorphicTo(JOHN);
            }),
            entry("put_get_uri_pct_encoded_twice", () -> {
                put("?graph=http://www.example/gsp/person/%31.ttl", JOHN).status(201);
                put("?graph=http://www.example/gsp/person/%2531.ttl", JANE_2).status(201);
                getTurtle("?graph=http://www.example/gsp/person/%31.ttl").isomorphicTo(JOHN);
                getTurtle("?graph=http://www.example/gsp/person/%2531.ttl").isomorphicTo(JANE_2);
            }));
    }

    private static Arguments entry(String name, ProtocolConformanceTest.Case entry) {
        return Arguments.of(name, entry);
    }

    private static Answer put(String target, String turtle) {
        return s.data("PUT", target).type(TURTLE).body(turtle).send();
    }

    private static Answer getTurtle(String target) {
        return s.data("GET", target).accept("text/turtle").send().status(200).contentType(TURTLE);
    }

    /**
     * post_get_new_graph (mf:POSTGraphCreation) expects a POST to the Graph Store itself to create a new graph and
     * answer 201 with its Location. Fuseki instead treats the store URL as the whole dataset: a POST adds the triples
     * (or TriG/N-Quads quads) to it, 200 with the counts, no Location. Asserted as it is; not a pass.
     */
    @Test
    @DisplayName("post_get_new_graph (excepted: POST to the store adds to the dataset, no graph creation)")
    void postToTheStoreAddsToTheDataset() {
        Answer answer = s.data("POST", "").type(TURTLE).body(ALICE).send().status(200);
        assertNull(answer.header("Location"));
        getTurtle("?default").isomorphicTo(ALICE);
    }

    /**
     * manifest-direct.ttl needs mf:DirectGraphIdentification (the graph named by the request URL itself, e.g.
     * /ai-milestones/data/person/1.ttl), an optional feature this server does not offer: every such URL is 404 and nothing
     * is stored. The cases run their first request and assert exactly that.
     */
    @ParameterizedTest(name = "{0} (not run: no direct graph identification)")
    @CsvSource({"put_get_repeat_direct,PUT", "put_delete_get_delete_direct,PUT", "post_get_post_get_direct,POST",
        "head_existing_direct,PUT", "head_non_existing_direct,HEAD"})
    void directManifestEntryIsNotSupported(String name, String method) {
        Call call = s.data(method, "/person/1.ttl");
        (method.equals("HEAD") ? call : call.type(TURTLE).body(JOHN)).send().status(404);
        s.data("GET", "?graph=" + s.base + "ai-milestones/data/person/1.ttl").send().status(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void getNegotiatesTheRdfFormat(String accept) {
        put(G1, JOHN).status(201);
        put("?default", ALICE).status(200, 201, 204);
        for (String target : new String[] {G1, "?default"}) {
            Answer answer = s.data("GET", target).accept(accept).send().status(200);
            assertEquals(accept, answer.mediaType());
            Graph expected = getTurtle(target).graph();
            assertTrue(expected.isIsomorphicWith(answer.graph()), accept + " " + target);
            assertTrue(expected.isIsomorphicWith(s.get("GET", target).accept(accept).send().status(200).graph()),
                    "the read-only endpoint serves the same graph");
        }
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() {
        put("?default", ALICE).status(201, 200, 204);
        Answer head = s.data("HEAD", "?default").accept("application/n-triples").send().status(200);
        assertEquals("application/n-triples", head.mediaType());
        assertEquals("", head.body());
        s.get("HEAD", G4).send().status(404);
    }

    @Test
    void badRdfIs400AndChangesNothing() {
        put(G1, JOHN).status(201);
        put(G1, "<http://www.example/gsp/person/1> foaf:name \"unclosed .").status(400);
        s.data("POST", G1).type("application/n-triples").body("not n-triples at all").send().status(400);
        getTurtle(G1).isomorphicTo(JOHN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST"})
    void unknownContentTypeIs415(String method) {
        s.data(method, G1).type("application/x-unknown-rdf").body(JOHN).send().status(415);
        s.data("GET", G1).send().status(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void readOnlyEndpointRefusesWritesWith405(String method) {
        put(G1, JOHN).status(201);
        Call call = s.get(method, G1);
        (method.equals("DELETE") ? call : call.type(TURTLE).body(JANE)).send().status(405);
        getTurtle(G1).isomorphicTo(JOHN);
    }

    @Test
    void writesNeedCredentials() {
        new Call("PUT", s.base + "ai-milestones/data" + G1).type(TURTLE).body(JOHN).send().status(401);
        new Call("PUT", s.base + "ai-milestones/data" + G1).auth(ConformanceServer.USER, "wrong").type(TURTLE).body(JOHN).send()
                .status(401);
        s.data("GET", G1).send().status(404);
    }
}
