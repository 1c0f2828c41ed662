package org.aimilestones.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SPARQL 1.1 Service Description served by GET /ai-milestones/sparql, checked against the SD spec and the W3C
 * service-description manifest (returns-rdf, has-endpoint-triple, conforms-to-schema), and every claim in it
 * checked against the server: result formats requested one by one, features, entailment regime, triple count.
 * Two servers: read-only, and with updates on.
 */
class ServiceDescriptionTest {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String VOID_TRIPLES = "http://rdfs.org/ns/void#triples";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** Every term of the SD vocabulary (http://www.w3.org/ns/sparql-service-description). */
    static final Set<String> SD_TERMS = Set.of("Service", "Language", "Function", "Aggregate", "EntailmentRegime",
            "EntailmentProfile", "Feature", "Dataset", "GraphCollection", "Graph", "NamedGraph", "SPARQL10Query",
            "SPARQL11Query", "SPARQL11Update", "DereferencesURIs", "UnionDefaultGraph", "RequiresDataset",
            "EmptyGraphs", "BasicFederatedQuery", "endpoint", "feature", "defaultEntailmentRegime",
            "entailmentRegime", "defaultSupportedEntailmentProfile", "supportedEntailmentProfile",
            "extensionFunction", "extensionAggregate", "languageExtension", "supportedLanguage",
            "propertyFeature", "defaultDataset", "availableGraphs", "resultFormat", "inputFormat", "defaultGraph",
            "namedGraph", "name", "graph");
    /** The media type each W3C format IRI stands for, and whether SELECT (true) or CONSTRUCT answers in it. */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "SPARQL_Results_JSON", "application/sparql-results+json", "SPARQL_Results_XML", "application/sparql-results+xml",
            "SPARQL_Results_CSV", "text/csv", "SPARQL_Results_TSV", "text/tab-separated-values",
            "Turtle", "text/turtle", "JSON-LD", "application/ld+json", "N-Triples", "application/n-triples",
            "RDF_XML", "application/rdf+xml");

    @TempDir
    static Path tmp;

    static ConformanceServer readOnly;
    static ConformanceServer writable;

    @BeforeAll
    static void start() throws Exception {
        readOnly = ConformanceServer.start(tmp.resolve("read-only"), false);
        writable = ConformanceServer.start(tmp.resolve("writable"), true);
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        writable.close();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Graph describe(ConformanceServer server, String accept) {
        Call call = server.query("GET", "");
        return (accept == null ? call : call.accept(accept)).send().status(200).graph();
    }

    static Node service(Graph sd) {
        List<Triple> services = sd.find(Node.ANY, RDF.type.asNode(), uri(SD + "Service")).toList();
        assertEquals(1, services.size(), "exactly one sd:Service");
        return services.get(0).getSubject();
    }

    static Set<String> objects(Graph sd, Node subject, String property) {
        return sd.find(subject, uri(SD + property), Node.ANY).mapWith(t -> t.getObject().toString()).toSet();
    }

    /** returns-rdf: a GET on the endpoint without a query returns RDF, Turtle when no Accept is sent. */
    @Test
    void returnsRdf() {
        Answer answer = readOnly.query("GET", "").send().status(200);
        assertEquals("text/turtle", answer.mediaType());
        assertFalse(answer.graph().isEmpty());
    }

    /** has-endpoint-triple: exactly one sd:Service, whose sd:endpoint is the URL the description was read from. */
    @Test
    void hasEndpointTriple() {
        for (ConformanceServer server : List.of(readOnly, writable)) {
            Graph sd = describe(server, null);
            assertEquals(Set.of(server.sparql()), objects(sd, service(sd), "endpoint"));
        }
    }

    /** conforms-to-schema: only SD terms, each used with the kinds of value the SD vocabulary gives it. */
    @Test
    void conformsToSchema() {
        Graph sd = describe(readOnly, null);
        for (Triple t : sd.find().toList()) {
            for (Node n : List.of(t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(SD)) {
                    assertTrue(SD_TERMS.contains(n.getLocalName()), "not an SD term: " + n);
                }
            }
        }
        Node service = service(sd);
        for (String property : List.of("endpoint", "supportedLanguage", "resultFormat", "feature",
                "defaultEntailmentRegime")) {
            sd.find(service, uri(SD + property), Node.ANY).forEach(t -> assertTrue(t.getObject().isURI(), t.toString()));
        }
        Node dataset = sd.find(service, uri(SD + "defaultDataset"), Node.ANY).next().getObject();
        assertTrue(sd.contains(dataset, RDF.type.asNode(), uri(SD + "Dataset")));
        Node graph = sd.find(dataset, uri(SD + "defaultGraph"), Node.ANY).next().getObject();
        assertTrue(sd.contains(graph, RDF.type.asNode(), uri(SD + "Graph")));
        Node triples = sd.find(graph, uri(VOID_TRIPLES), Node.ANY).next().getObject();
        assertEquals(XSDDatatype.XSDinteger.getURI(), triples.getLiteralDatatypeURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"})
    void servedInEachRdfSyntaxByConneg(String accept) {
        Answer answer = readOnly.query("GET", "").accept(accept).send().status(200);
        assertEquals(accept, answer.mediaType());
        assertTrue(describe(readOnly, "text/turtle").isIsomorphicWith(answer.graph()), accept);
    }

    /** SPARQL 1.1 Query is supported; Update is not claimed: this endpoint refuses updates even with updates on. */
    @Test
    void supportedLanguagesAreTheEndpointsOwn() {
        for (ConformanceServer server : List.of(readOnly, writable)) {
            Graph sd = describe(server, null);
            assertEquals(Set.of(SD + "SPARQL11Query"), objects(sd, service(sd), "supportedLanguage"));
        }
        writable.query("POST", "").auth(ConformanceServer.USER, ConformanceServer.PASSWORD)
                .type("application/sparql-update").body("CLEAR ALL").send().statusClass(4);
        writable.update("POST", "").type("application/sparql-update").body("INSERT DATA { <urn:x> <urn:p> 1 }").send()
                .status(204);
    }

    /** Every sd:resultFormat is answered in its media type when asked for (SELECT or CONSTRUCT as fits). */
    @Test
    void everyResultFormatIsServed() {
        Graph sd = describe(readOnly, null);
        Set<String> formats = objects(sd, service(sd), "resultFormat");
        assertEquals(MEDIA_TYPES.keySet().stream().map(f -> FORMATS + f).collect(Collectors.toSet()), formats);
        for (String format : formats) {
            String name = format.substring(FORMATS.length());
            String mediaType = MEDIA_TYPES.get(name);
            String query = name.startsWith("SPARQL_Results")
                    ? "SELECT ?s WHERE { ?s a <https://w3id.org/ai-milestones/ontology#Model> }"
                    : "CONSTRUCT { ?s a <https://w3id.org/ai-milestones/ontology#Model> } WHERE { ?s a <https://w3id.org/ai-milestones/ontology#Model> }";
            Answer answer = readOnly.query("POST", "").type("application/sparql-query").accept(mediaType).body(query)
                    .send().status(200);
            assertEquals(mediaType, answer.mediaType(), name);
            if (name.startsWith("SPARQL_Results")) {
                assertEquals(1, answer.tabular(), name);
            } else {
                assertEquals(1, answer.graph().size(), name);
            }
        }
    }

    /**
     * No sd:feature is claimed (BasicFederatedQuery only comes with --service-allow, tested in UpdateServerTest),
     * and the features left out are indeed absent: FROM does not dereference, the default graph is not the union.
     */
    @Test
    void featuresAreThoseOfTheServer() {
        Graph sd = describe(writable, null);
        assertEquals(Set.of(), objects(sd, service(sd), "feature"));
        String dump = readOnly.base + "dumps/ai-milestones.ttl";
        readOnly.query("GET", "").send().status(200);
        new Call("GET", dump).send().status(200);
        readOnly.query("POST", "").type("application/sparql-query").body("ASK FROM <" + dump + "> { ?s ?p ?o }")
                .send().status(200).booleanResult(false);
        writable.run("INSERT DATA { GRAPH <urn:g> { <urn:only-in-g> <urn:p> 1 } }");
        String ask = "ASK { <urn:only-in-g> <urn:p> 1 }";
        writable.query("POST", "").type("application/sparql-query").body(ask).send().status(200).booleanResult(false);
        writable.query("POST", "").type("application/sparql-query").body("ASK { GRAPH <urn:g> { <urn:only-in-g> <urn:p> 1 } }")
                .send().status(200).booleanResult(true);
    }

    /** sd:defaultEntailmentRegime RDFS: an answer that only the RDFS entailments give. */
    @Test
    void entailmentRegimeIsRdfs() {
        Graph sd = describe(readOnly, null);
        assertEquals(Set.of("http://www.w3.org/ns/entailment/RDFS"), objects(sd, service(sd), "defaultEntailmentRegime"));
        readOnly.query("POST", "").type("application/sparql-query")
                .body("ASK { <https://w3id.org/ai-milestones/resource/alexnet-wins-ilsvrc-2012> a <http://schema.org/Event> }")
                .send().status(200).booleanResult(true);
    }

    /** The default graph's void:triples is the number of triples a COUNT over the endpoint gives, also after updates. */
    @Test
    void defaultGraphTriplesAreTheRealCount() {
        for (ConformanceServer server : List.of(readOnly, writable)) {
            assertEquals(count(server), describedTriples(server));
        }
        long before = describedTriples(writable);
        writable.run("INSERT DATA { <urn:counted> <urn:p> 1, 2, 3 }");
        assertEquals(before + 3, describedTriples(writable));
        assertEquals(count(writable), describedTriples(writable));
        assertEquals(writable.server.triples(), describedTriples(writable));
    }

    private static long describedTriples(ConformanceServer server) {
        Graph sd = describe(server, "application/n-triples");
        Node dataset = sd.find(service(sd), uri(SD + "defaultDataset"), Node.ANY).next().getObject();
        Node graph = sd.find(dataset, uri(SD + "defaultGraph"), Node.ANY).next().getObject();
        return Long.parseLong(sd.find(graph, uri(VOID_TRIPLES), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static long count(ConformanceServer server) {
        String csv = server.query("POST", "").type("application/sparql-query").accept("text/csv")
                .body("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").send().status(200).body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
    }
}
