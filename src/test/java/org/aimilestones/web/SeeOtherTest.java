package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * httpRange-14 on a real server: every thing answers 303 See Other in one hop to the document for the Accept header,
 * with Vary and CORS; the documents answer 200 in their type; unknown things are 404.
 */
class SeeOtherTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String SCHEMA = "http://schema.org/";

    @TempDir
    static Path home;

    private static KnowledgeGraph kg;
    private static TestServer server;
    private static String version;
    private static String versionIri;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(".");
        Files.createDirectories(home.resolve("ontology/versions"));
        Files.copy(root.resolve("ontology/ai-milestones.ttl"), home.resolve("ontology/ai-milestones.ttl"));
        Files.copy(root.resolve("ontology/shapes.ttl"), home.resolve("ontology/shapes.ttl"));
        Files.writeString(home.resolve("ontology/versions/0.0.9.ttl"), "<" + AIMIL.ONTOLOGY.getURI() + ">"
                + " <" + OWL2.versionInfo.getURI() + "> \"0.0.9\" .\n");
        kg = KnowledgeGraph.load(GraphSource.directory(root));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> kg.inferred().find().forEachRemaining(dataset.getDefaultGraph()::add));
        Schemas schemas = Schemas.of(GraphSource.directory(home), kg::ontology);
        server = new TestServer(dataset, schemas, IriMapping.DEFAULT);
        versionIri = kg.ontology().find(AIMIL.ONTOLOGY.asNode(), OWL2.versionIRI.asNode(), Node.ANY).next()
                .getObject().getURI();
        version = versionIri.substring(AIMIL.ONTOLOGY.getURI().length() + 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** thing path, Accept (null: none), expected document path (relative to the base). */
    static Stream<Arguments> redirects() {
        List<String[]> accepts = List.of(new String[] {BROWSER, "html"}, new String[] {"text/turtle", "ttl"},
                new String[] {"application/ld+json", "jsonld"}, new String[] {"*/*", "ttl"},
                new String[] {null, "ttl"}, new String[] {"application/n-triples", "nt"},
                new String[] {"application/rdf+xml", "rdf"});
        Stream.Builder<Arguments> all = Stream.builder();
        for (String[] a : accepts) {
            String ext = a[1];
            all.add(Arguments.of("/resource/alexnet", a[0], ext.equals("html") ? "page/alexnet" : "data/alexnet." + ext));
            all.add(Arguments.of("/resource/google-acquires-deepmind/price", a[0], ext.equals("html")
                    ? "page/google-acquires-deepmind/price" : "data/google-acquires-deepmind/price." + ext));
            all.add(Arguments.of("/ontology", a[0], "ontology." + ext));
            all.add(Arguments.of("/ontology/0.0.9", a[0], "ontology/0.0.9." + ext));
            all.add(Arguments.of("/shapes", a[0], "shapes." + (ext.equals("html") ? "ttl" : ext)));
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("redirects")
    void thingsAnswer303InOneHopToTheirDocument(String thing, String accept, String document) {
        HttpResponse<String> r = accept == null ? server.get(thing) : server.get(thing, "Accept", accept);
        assertSeeOther(r, server.base() + document);
        HttpResponse<String> doc = server.get("/" + document);
        assertEquals(200, doc.statusCode(), document);
        assertEquals("*", doc.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String ext = document.substring(document.lastIndexOf('.') + 1);
        String type = document.startsWith("page/") ? "text/html"
                : ContentNegotiation.byExtension(ext).orElseThrow().mediaType();
        assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(type), document);
    }

    @Test
    void theCurrentVersionIriResolvesToTheOntology() {
        assertTrue(versionIri.startsWith(IriMapping.NAMESPACE), versionIri);
        String path = "/" + versionIri.substring(IriMapping.NAMESPACE.length());
        assertSeeOther(server.get(path, "Accept", "text/turtle"), server.base() + "ontology/" + version + ".ttl");
        assertSeeOther(server.get(path, "Accept", BROWSER), server.base() + "ontology/" + version + ".html");
        Graph got = parse(server.get("/ontology/" + version + ".ttl").body(), Lang.TURTLE);
        Node doc = NodeFactory.createURI(server.base() + "ontology/" + version + ".ttl");
        LinkedDataServerTest.assertDescribesItselfAsOwnWork(got, doc, NodeFactory.createURI(versionIri));
        got.remove(doc, Node.ANY, Node.ANY);
        assertTrue(got.isIsomorphicWith(kg.ontology()));
        String page = server.get("/ontology/" + version + ".html").body();
        assertTrue(jsonLd(page).contains(NodeFactory.createURI(versionIri), NodeFactory.createURI(SCHEMA + "url"),
                NodeFactory.createURI(server.base() + "ontology/" + version + ".html")), "the version's page");
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + server.base() + "ontology/" + version
                + ".html\">"), page);
    }

    @Test
    void anEarlierVersionIsServedFromItsKeptFile() {
        Graph got = parse(server.get("/ontology/0.0.9.ttl").body(), Lang.TURTLE);
        assertTrue(got.contains(AIMIL.ONTOLOGY.asNode(), OWL2.versionInfo.asNode(),
                NodeFactory.createLiteralString("0.0.9")));
        assertFalse(got.contains(Node.ANY, RDF.type.asNode(), OWL2.Class.asNode()), "not the current ontology");
        assertEquals(404, server.get("/ontology/0.0.8", "Accept", "text/turtle").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "jsonld", "nt", "rdf"})
    void theShapesDocumentsHoldTheShapes(String ext) throws IOException {
        HttpResponse<String> r = server.get("/shapes." + ext);
        assertEquals(200, r.statusCode());
        Variant variant = ContentNegotiation.byExtension(ext).orElseThrow();
        Graph got = parse(r.body(), RDFLanguages.contentTypeToLang(variant.mediaType()));
        Node doc = NodeFactory.createURI(server.base() + "shapes." + ext);
        LinkedDataServerTest.assertDescribesItselfAsOwnWork(got, doc, NodeFactory.createURI(IriMapping.NAMESPACE + "shapes"));
        got.remove(doc, Node.ANY, Node.ANY);
        Graph shapes = RDFParser.source(Path.of("ontology/shapes.ttl")).toGraph();
        assertTrue(got.isIsomorphicWith(shapes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/resource/no-such-thing", "/resource/alexnet/nope", "/ontology/9.9.9", "/resource/"})
    void unknownThingsAre404NotARedirect(String path) {
        for (String accept : new String[] {BROWSER, "text/turtle", "*/*"}) {
            HttpResponse<String> r = server.get(path, "Accept", accept);
            assertEquals(404, r.statusCode(), path + " " + accept);
            assertTrue(r.headers().firstValue("Location").isEmpty());
        }
    }

    @Test
    void formatOverridesAccept() {
        assertSeeOther(server.get("/resource/alexnet?format=jsonld", "Accept", BROWSER),
                server.base() + "data/alexnet.jsonld");
        assertSeeOther(server.get("/ontology?format=html", "Accept", "text/turtle"),
                server.base() + "ontology.html");
    }

    @Test
    void pagesLinkTheirDocumentsAndEmbedSchemaOrgJsonLd() {
        String page = server.get("/page/alexnet", "Accept", BROWSER).body();
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + server.base() + "page/alexnet\">"), page);
        for (Variant v : ContentNegotiation.RDF_VARIANTS) {
            assertTrue(page.contains("<link rel=\"alternate\" type=\"" + v.mediaType() + "\" href=\"" + server.base()
                    + "data/alexnet." + v.format() + "\">"), v.mediaType());
        }
        Node alexnet = NodeFactory.createURI(AIMIL.RESOURCE_NS + "alexnet");
        Graph json = jsonLd(page);
        assertTrue(json.contains(alexnet, NodeFactory.createURI(SCHEMA + "url"),
                NodeFactory.createURI(server.base() + "page/alexnet")));
        assertTrue(json.contains(alexnet, NodeFactory.createURI(SCHEMA + "name"),
                NodeFactory.createLiteralLang("AlexNet", "en")), json.toString());
        List<String> languages = json.find(alexnet, NodeFactory.createURI(SCHEMA + "description"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLanguage()).toList();
        assertTrue(languages.contains("en") && languages.contains("zh"), languages.toString());
        assertTrue(json.contains(alexnet, NodeFactory.createURI(SCHEMA + "sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q28325009")));
        assertTrue(json.contains(alexnet, RDF.type.asNode(), Node.ANY));

        String onto = server.get("/ontology.html", "Accept", BROWSER).body();
        assertTrue(onto.contains("<link rel=\"canonical\" href=\"" + server.base() + "ontology.html\">"));
        assertTrue(onto.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + server.base()
                + "ontology.ttl\">"));
        Graph ontoJson = jsonLd(onto);
        assertTrue(ontoJson.contains(AIMIL.ONTOLOGY.asNode(), NodeFactory.createURI(SCHEMA + "url"),
                NodeFactory.createURI(server.base() + "ontology.html")));
    }

    @Test
    void anAbsoluteBaseUrlIsTheBaseOfLocations() throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> kg.inferred().find().forEachRemaining(dataset.getDefaultGraph()::add));
        try (TestServer other = new TestServer(dataset, Schemas.ontologyOnly(kg::ontology),
                new IriMapping(IriMapping.NAMESPACE, "https://ai-milestones.example/"))) {
            assertSeeOther(other.get("/resource/alexnet", "Accept", BROWSER),
                    "https://ai-milestones.example/page/alexnet");
            assertSeeOther(other.get("/ontology", "Accept", "text/turtle"),
                    "https://ai-milestones.example/ontology.ttl");
            assertEquals(404, other.get("/shapes", "Accept", "text/turtle").statusCode(), "no shapes given");
        }
    }

    static void assertSeeOther(HttpResponse<String> r, String location) {
        assertEquals(303, r.statusCode(), r.uri() + ": " + r.body());
        assertEquals(Optional.of(location), r.headers().firstValue("Location"), r.uri().toString());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    /** @return the page's embedded JSON-LD, parsed */
    static Graph jsonLd(String page) {
        String open = "<script type=\"application/ld+json\">";
        int start = page.indexOf(open);
        assertTrue(start >= 0, "no JSON-LD");
        String json = page.substring(start + open.length(), page.indexOf("</script>", start));
        return RDFParser.fromString(json, Lang.JSONLD).toGraph();
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).base("http://localhost/").toGraph();
    }


}
