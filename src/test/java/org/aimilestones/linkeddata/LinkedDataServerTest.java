package org.aimilestones.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The linked-data module in a real Fuseki server over the project's graph (asserted + RDFS, as served). */
class LinkedDataServerTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String ACQUISITION = "/resource/google-acquires-deepmind";

    private static KnowledgeGraph kg;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> kg.inferred().find().forEachRemaining(dataset.getDefaultGraph()::add));
        server = new TestServer(dataset, kg.ontology());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void browserGetsHtmlWithBothLanguagesAndLinks() {
        HttpResponse<String> r = server.get(ACQUISITION, "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"));
        String page = r.body();
        assertTrue(page.contains("<html lang=\"en\" data-show=\"en\">"));
        assertTrue(page.contains("data-set=\"zh\"") && page.contains("src=\"/static/milestones.js\""), "language switch");
        assertTrue(page.contains(">Google acquires DeepMind<") && page.contains(">谷歌收购 DeepMind<"));
        assertTrue(page.contains("href=\"/ontology#Acquisition\""), "type links to the ontology doc");
        assertTrue(page.contains("href=\"/resource/google\""), "acquirer linked");
        assertTrue(page.contains("href=\"/resource/deepmind-launches-alphago\""), "followed by, linked");
        assertTrue(page.contains("href=\"/resource/google-acquires-deepmind/price\""));
        assertTrue(page.contains(">Date stated<"), "date basis shown");
        assertTrue(page.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">"));
        assertTrue(page.contains("https://w3id.org/ai-milestones/resource/google-acquires-deepmind"), "the IRI");
        assertTrue(page.contains(">Slide 10<") && page.contains(">第 10 页<"), "source slide with its number");
        assertFalse(page.contains("sem:hasActor"), "entailed super-property triples are not repeated");
    }

    @Test
    void pagesShowIncomingRelationsWikidataDatesAndVideos() {
        String alexnet = server.get("/resource/alexnet", "Accept", BROWSER).body();
        assertTrue(alexnet.contains("href=\"http://www.wikidata.org/entity/Q28325009\""));
        assertTrue(alexnet.contains("href=\"/resource/alexnet-wins-ilsvrc-2012\""), "incoming winning entry");
        String event = server.get("/resource/alexnet-wins-ilsvrc-2012", "Accept", BROWSER).body();
        assertTrue(event.contains(">2012<") || event.contains("2012</span>"), event);
        String slide = server.get("/resource/ai-milestones-2012-2014/slide-4", "Accept", BROWSER).body();
        assertTrue(slide.contains("href=\"https://www.youtube.com/watch?v=40riCqvRoMs&amp;t=772s&amp;pp="));
        assertTrue(slide.contains("at 12:52"), "start offset of the video link");
        assertTrue(slide.contains("href=\"/resource/youtube/40riCqvRoMs\""));
    }

    @Test
    void defaultPageLanguageFollowsAcceptLanguage() {
        HttpResponse<String> r = server.get(ACQUISITION, "Accept", BROWSER, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        assertTrue(r.body().contains("<html lang=\"zh\" data-show=\"zh\">"));
    }

    static Stream<Arguments> rdfVariants() {
        return Stream.of(Arguments.of("text/turtle", "ttl"), Arguments.of("application/ld+json", "jsonld"),
                Arguments.of("application/n-triples", "nt"), Arguments.of("application/rdf+xml", "rdf"));
    }

    @ParameterizedTest
    @MethodSource("rdfVariants")
    void eachRdfSyntaxByAcceptAndByFormatHoldsTheDescription(String mediaType, String format) {
        for (String path : List.of(ACQUISITION, "/resource/google-acquires-deepmind/price")) {
            Node resource = NodeFactory.createURI("https://w3id.org/ai-milestones" + path);
            Graph expected = description(kg.inferred(), resource);
            HttpResponse<String> byAccept = server.get(path, "Accept", mediaType);
            HttpResponse<String> byFormat = server.get(path + "?format=" + format, "Accept", BROWSER);
            for (HttpResponse<String> r : List.of(byAccept, byFormat)) {
                assertEquals(200, r.statusCode());
                assertTrue(contentType(r).startsWith(mediaType), contentType(r));
                Graph got = parse(r.body(), RDFLanguages.contentTypeToLang(mediaType));
                assertTrue(got.isIsomorphicWith(expected), path + " as " + mediaType);
            }
        }
    }

    @Test
    void descriptionHoldsBothDirectionsAndNeighbourLabels() {
        Graph got = parse(server.get("/resource/alexnet", "Accept", "text/turtle").body(), Lang.TURTLE);
        Node alexnet = resource("alexnet");
        assertTrue(got.contains(alexnet, AIMIL.creator.asNode(), Node.ANY), "as subject");
        assertTrue(got.contains(resource("alexnet-wins-ilsvrc-2012"), AIMIL.winningEntry.asNode(), alexnet),
                "as object");
        assertTrue(got.contains(resource("alexnet-wins-ilsvrc-2012"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("AlexNet 赢得 2012 年 ILSVRC", "zh")), "label of a neighbour");
        got.find().filterDrop(t -> t.getSubject().equals(alexnet) || t.getObject().equals(alexnet))
                .forEachRemaining(t -> assertEquals(RDFS.label.asNode(), t.getPredicate(), "two steps away: " + t));
    }

    @Test
    void anyTypeGetsTurtleAndVaryAndEtagWork() {
        HttpResponse<String> r = server.get(ACQUISITION, "Accept", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get(ACQUISITION, "Accept", "*/*", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        String htmlEtag = server.get(ACQUISITION, "Accept", BROWSER).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, htmlEtag);
        assertEquals(200, server.get(ACQUISITION, "Accept", BROWSER, "If-None-Match", etag).statusCode());
    }

    @Test
    void nothingAcceptableIs406() {
        assertEquals(406, server.get(ACQUISITION, "Accept", "image/png").statusCode());
        assertEquals(406, server.get("/ontology", "Accept", "image/png").statusCode());
        assertEquals(406, server.get(ACQUISITION + "?format=png").statusCode());
    }

    @Test
    void unknownResourceIs404Page() {
        HttpResponse<String> page = server.get("/resource/no-such-thing", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"));
        assertTrue(page.body().contains("Not found") && page.body().contains("/resource/no-such-thing"));
        HttpResponse<String> rdf = server.get("/resource/no-such-thing", "Accept", "text/turtle");
        assertEquals(404, rdf.statusCode());
        assertTrue(contentType(rdf).startsWith("text/plain"));
        assertEquals(404, server.get("/resource/", "Accept", BROWSER).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/resource/../../pom.xml", "/resource/..%2F..%2Fpom.xml", "/resource/%2e%2e/%2e%2e/pom.xml",
        "/resource/alexnet/%2E%2E/%2E%2E/pom.xml", "/resource/%252e%252e/pom.xml", "/static/../../pom.xml",
        "/static/%2e%2e/%2e%2e/pom.xml", "/resource/a%00b", "/resource/%C0%AE%C0%AE/pom.xml"})
    void traversalIsRejected(String path) {
        HttpResponse<String> r = server.get(path, "Accept", BROWSER);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " gave " + r.statusCode());
        assertFalse(r.body().contains("<project"), "no file content");
        assertFalse(r.body().contains("at org."), "no stack trace");
    }

    @Test
    void ontologyPageDocumentsEveryClassAndProperty() {
        HttpResponse<String> r = server.get("/ontology", "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        String page = r.body();
        Graph onto = kg.ontology();
        int terms = 0;
        for (Node type : List.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(),
                OWL2.NamedIndividual.asNode())) {
            for (Node term : onto.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject()).toList()) {
                if (term.getURI().startsWith(AIMIL.NS)) {
                    terms++;
                    assertTrue(page.contains("<section class=\"term\" id=\"" + term.getLocalName() + "\">"), term.getURI());
                    assertTrue(page.contains("href=\"#" + term.getLocalName() + "\""), "in the contents");
                }
            }
        }
        assertTrue(terms > 80, "terms: " + terms);
        assertTrue(page.contains(">Acquisition<") && page.contains(">收购<"));
        assertTrue(page.contains("href=\"http://schema.org/Event\""), "external alignment linked");
        assertTrue(page.contains(">0.2.0<") && page.contains("https://w3id.org/ai-milestones/ontology#"));
    }

    @ParameterizedTest
    @MethodSource("rdfVariants")
    void ontologyRdfIsTheOntologyGraph(String mediaType, String format) {
        HttpResponse<String> r = server.get("/ontology", "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(parse(r.body(), RDFLanguages.contentTypeToLang(mediaType)).isIsomorphicWith(kg.ontology()));
        assertEquals(200, server.get("/ontology?format=" + format).statusCode());
    }

    @Test
    void stylesheetAndScriptComeFromTheJar() {
        HttpResponse<String> css = server.get("/static/milestones.css");
        assertEquals(200, css.statusCode());
        assertTrue(contentType(css).startsWith("text/css"));
        assertEquals(200, server.get("/static/milestones.js").statusCode());
        assertEquals(404, server.get("/static/ai-milestones.ttl").statusCode());
    }

    /** The expected description: triples in both directions plus rdfs:labels of the resources linked to. */
    private static Graph description(Graph graph, Node resource) {
        Graph g = GraphFactory.createDefaultGraph();
        List<Node> others = Stream.concat(
                graph.find(resource, Node.ANY, Node.ANY).toList().stream().peek(g::add)
                        .flatMap(t -> Stream.of(t.getPredicate(), t.getObject())),
                graph.find(Node.ANY, Node.ANY, resource).toList().stream().peek(g::add)
                        .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate()))).toList();
        others.forEach(n -> graph.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(g::add));
        return g;
    }

    private static Node resource(String name) {
        return NodeFactory.createURI(AIMIL.RESOURCE_NS + name);
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://localhost/").parse(g);
        return g;
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
