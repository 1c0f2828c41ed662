package org.aimilestones.web;

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
import org.apache.jena.vocabulary.DCTerms;
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
    private static final String ACQUISITION = "/page/google-acquires-deepmind";
    private static final String ACQUISITION_DATA = "/data/google-acquires-deepmind";

    private static KnowledgeGraph kg;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> kg.inferred().find().forEachRemaining(dataset.getDefaultGraph()::add));
        server = new TestServer(dataset, Schemas.of(GraphSource.directory(Path.of(".")), kg::ontology),
                IriMapping.DEFAULT);
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
        assertTrue(page.contains("data-set=\"zh\"") && page.contains("src=\"/assets/i18n.js\"")
                && page.contains("href=\"/assets/milestones.css\""), "the one layout: language switch, script, stylesheet");
        assertTrue(page.contains(">Google acquires DeepMind<") && page.contains(">谷歌收购 DeepMind<"));
        assertTrue(page.contains("href=\"/ontology.html#Acquisition\""), "type links to the ontology doc");
        assertTrue(page.contains("href=\"/page/google\""), "acquirer linked to its page, not through a 303");
        assertTrue(page.contains("href=\"/page/deepmind-launches-alphago\""), "followed by, linked");
        assertTrue(page.contains("href=\"/page/google-acquires-deepmind/price\""));
        assertFalse(page.contains("href=\"/resource/"), "no link goes through a 303");
        assertTrue(page.contains(">Date stated<"), "date basis shown");
        assertTrue(page.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + server.base()
                + "data/google-acquires-deepmind.ttl\">"), page);
        assertTrue(page.contains("https://w3id.org/ai-milestones/resource/google-acquires-deepmind"), "the IRI");
        assertTrue(page.contains(">Slide 10<") && page.contains(">第 10 页<"), "source slide with its number");
        assertFalse(page.contains("sem:hasActor"), "entailed super-property triples are not repeated");
    }

    @Test
    void pagesShowIncomingRelationsWikidataDatesAndVideos() {
        String alexnet = server.get("/page/alexnet", "Accept", BROWSER).body();
        assertTrue(alexnet.contains("href=\"http://www.wikidata.org/entity/Q28325009\""));
        assertTrue(alexnet.contains("href=\"/page/alexnet-wins-ilsvrc-2012\""), "incoming winning entry");
        String event = server.get("/page/alexnet-wins-ilsvrc-2012", "Accept", BROWSER).body();
        assertTrue(event.contains(">2012<") || event.contains("2012</span>"), event);
        String slide = server.get("/page/ai-milestones-2012-2014/slide-4", "Accept", BROWSER).body();
        assertTrue(slide.contains("href=\"https://www.youtube.com/watch?v=40riCqvRoMs&amp;t=772s&amp;pp="));
        assertTrue(slide.contains("at 12:52"), "start offset of the video link");
        assertTrue(slide.contains("href=\"/page/youtube/40riCqvRoMs\""));
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
    void eachRdfDocumentHoldsTheDescriptionAndSaysWhatItIsAbout(String mediaType, String format) {
        for (String name : List.of("google-acquires-deepmind", "google-acquires-deepmind/price")) {
            Node resource = resource(name);
            Graph expected = description(kg.inferred(), resource);
            String doc = "data/" + name + "." + format;
            HttpResponse<String> r = server.get("/" + doc, "Accept", BROWSER);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith(mediaType), contentType(r));
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            Graph got = parse(r.body(), RDFLanguages.contentTypeToLang(mediaType));
            Node document = NodeFactory.createURI(server.base() + doc);
            assertDescribesItself(got, document, resource);
            got.remove(document, Node.ANY, Node.ANY);
            assertTrue(got.isIsomorphicWith(expected), doc);
        }
    }

    /** What every RDF document of a resource states about itself: its topic, dataset, licence and the source's credit. */
    static void assertDescribesItself(Graph got, Node document, Node topic) {
        assertDescribesItselfAsOwnWork(got, document, topic);
        assertTrue(got.find(document, DCTerms.rights.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().contains("© ZOMI")), "the source's credit");
    }

    /** What the documents of the ontology and the shapes, wholly the project's work, state: no credit of the deck. */
    static void assertDescribesItselfAsOwnWork(Graph got, Node document, Node topic) {
        assertTrue(got.contains(document, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), topic),
                "primary topic of " + document);
        assertTrue(got.contains(document, NodeFactory.createURI("http://rdfs.org/ns/void#inDataset"),
                NodeFactory.createURI("https://w3id.org/ai-milestones/dataset")));
        assertTrue(got.contains(document, DCTerms.license.asNode(),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Test
    void descriptionHoldsBothDirectionsAndNeighbourLabels() {
        Graph got = parse(server.get("/data/alexnet.ttl").body(), Lang.TURTLE);
        got.remove(NodeFactory.createURI(server.base() + "data/alexnet.ttl"), Node.ANY, Node.ANY);
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
    void documentsHaveEtagsAndPagesVaryByLanguage() {
        HttpResponse<String> r = server.get(ACQUISITION_DATA + ".ttl", "Accept", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get(ACQUISITION_DATA + ".ttl", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> page = server.get(ACQUISITION, "Accept", BROWSER);
        assertTrue(page.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        String htmlEtag = page.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, htmlEtag);
        assertEquals(200, server.get(ACQUISITION, "Accept", BROWSER, "If-None-Match", etag).statusCode());
        assertEquals(304, server.get(ACQUISITION, "Accept", BROWSER, "If-None-Match", htmlEtag).statusCode());
    }

    @Test
    void nothingAcceptableIs406() {
        assertEquals(406, server.get("/resource/alexnet", "Accept", "image/png").statusCode());
        assertEquals(406, server.get("/ontology", "Accept", "image/png").statusCode());
        assertEquals(406, server.get("/shapes", "Accept", "text/html").statusCode());
        assertEquals(406, server.get("/resource/alexnet?format=png").statusCode());
    }

    @Test
    void unknownResourceIs404Page() {
        HttpResponse<String> page = server.get("/resource/no-such-thing", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"));
        // the server's message; the styled page comes from the server's error handler (ErrorPagesTest)
        assertTrue(page.body().contains("Nothing is described at /resource/no-such-thing"), page.body());
        HttpResponse<String> rdf = server.get("/resource/no-such-thing", "Accept", "text/turtle");
        assertEquals(404, rdf.statusCode()); // its plain-text body is the server's error handler's (ErrorPagesTest)
        assertEquals(404, server.get("/resource/", "Accept", BROWSER).statusCode());
        for (String path : List.of("/page/no-such-thing", "/data/no-such-thing.ttl", "/data/alexnet",
                "/data/alexnet.html", "/data/alexnet.png", "/ontology.png", "/ontology/9.9.9", "/ontology/9.9.9.ttl",
                "/shapes.html", "/page/")) {
            assertEquals(404, server.get(path, "Accept", "text/turtle").statusCode(), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/resource/../../pom.xml", "/resource/..%2F..%2Fpom.xml", "/resource/%2e%2e/%2e%2e/pom.xml",
        "/resource/alexnet/%2E%2E/%2E%2E/pom.xml", "/resource/%252e%252e/pom.xml", "/static/../../pom.xml",
        "/page/..%2F..%2Fpom.xml", "/data/..%2F..%2Fpom.ttl", "/data/%2e%2e/%2e%2e/pom.ttl",
        "/ontology/%2e%2e/%2e%2e/pom.xml", "/ontology/..%2F..%2Fontology%2Fai-milestones.ttl",
        "/static/%2e%2e/%2e%2e/pom.xml", "/resource/a%00b", "/resource/%C0%AE%C0%AE/pom.xml"})
    void traversalIsRejected(String path) {
        HttpResponse<String> r = server.get(path, "Accept", BROWSER);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " gave " + r.statusCode());
        assertFalse(r.body().contains("<project"), "no file content");
        assertFalse(r.body().contains("at org."), "no stack trace");
    }

    @Test
    void ontologyPageDocumentsEveryClassAndProperty() {
        HttpResponse<String> r = server.get("/ontology.html", "Accept", BROWSER);
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
        String version = onto.find(AIMIL.ONTOLOGY.asNode(), OWL2.versionInfo.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm();
        assertTrue(page.contains(">" + version + "<") && page.contains("https://w3id.org/ai-milestones/ontology#"));
    }

    @ParameterizedTest
    @MethodSource("rdfVariants")
    void ontologyRdfIsTheOntologyGraph(String mediaType, String format) {
        HttpResponse<String> r = server.get("/ontology." + format);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(mediaType), contentType(r));
        Graph got = parse(r.body(), RDFLanguages.contentTypeToLang(mediaType));
        Node document = NodeFactory.createURI(server.base() + "ontology." + format);
        assertDescribesItselfAsOwnWork(got, document, AIMIL.ONTOLOGY.asNode());
        got.remove(document, Node.ANY, Node.ANY);
        assertTrue(got.isIsomorphicWith(kg.ontology()));
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
