package org.aimilestones.server;

import static org.aimilestones.testing.Http.contentType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.testing.GraphSources;
import org.aimilestones.testing.Http;
import org.aimilestones.vocab.AIMIL;
import org.aimilestones.vocab.Release;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The dataset description (VoID + DCAT) served by real servers on free ports: every property consumers read, one
 * stable dataset IRI, document URLs under --base-url or (only when trusted) a proxy's forwarded headers, byte sizes
 * that are the dumps' real lengths, computed once per data version; and /sitemap.xml and /robots.txt.
 */
class DatasetDescriptionTest {

    static final String VOID = DatasetDescription.VOID;
    static final String DCAT = DatasetDescription.DCAT;
    static final String SCHEMA = DatasetDescription.SCHEMA;
    static final Node DATASET = uri("https://w3id.org/ai-milestones/dataset");
    static final Node CC_BY = uri("https://creativecommons.org/licenses/by/4.0/");
    static final String BASE_URL = "https://milestones.example.org/ai/";

    static KnowledgeGraph kg;
    static MilestonesServer local;
    static MilestonesServer configured;
    static MilestonesServer proxied;

    @BeforeAll
    static void start() throws Exception {
        GraphSource src = GraphSource.directory(Path.of("."));
        kg = KnowledgeGraph.load(src);
        local = MilestonesServer.start(ServerConfig.builder().source(src).port(0).build());
        configured = MilestonesServer.start(ServerConfig.builder().source(src).port(0)
                .documentBase(DocumentBase.of(BASE_URL, true)).build());
        proxied = MilestonesServer.start(ServerConfig.builder().source(src).port(0)
                .documentBase(DocumentBase.of(null, true)).build());
        // each server starts computing its description (and, for the byte sizes, its five dumps) at start: seconds of
        // work for the decade's graph, three times at once here, which on a busy machine outlasted a page's 10 s;
        // wait for them outside any deadline (a page asked too early is a 503 "still being computed": PageGuardTest)
        for (MilestonesServer s : List.of(local, configured, proxied)) {
            s.description().computed();
        }
    }

    @AfterAll
    static void stop() {
        for (MilestonesServer s : List.of(local, configured, proxied)) {
            s.close();
        }
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node p(String ns, String local) {
        return uri(ns + local);
    }

    static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }

    static Graph voidOf(MilestonesServer server) {
        HttpResponse<String> response = Http.get(server.url() + ".well-known/void", "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        return parse(response.body(), Lang.TURTLE);
    }

    static Node one(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        assertEquals(1, found.size(), () -> s + " " + p + ": " + found);
        return found.get(0).getObject();
    }

    static Set<String> languages(Graph g, Node s, Node p) {
        Set<String> langs = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                langs.add(t.getObject().getLiteralLanguage());
            }
        });
        return langs;
    }

    static long number(Graph g, Node s, Node p) {
        return Long.parseLong(one(g, s, p).getLiteralLexicalForm());
    }

    @Test
    void everyListedPropertyIsPresent() {
        Graph d = voidOf(local);
        String base = local.url();
        for (String type : List.of(VOID + "Dataset", DCAT + "Dataset", "http://schema.org/Dataset")) {
            assertTrue(d.contains(DATASET, RDF.Nodes.type, uri(type)), type);
        }
        for (Node text : List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), RDFS.label.asNode(),
                RDFS.comment.asNode(), DCTerms.rights.asNode())) {
            assertEquals(Set.of("en", "zh"), languages(d, DATASET, text), text.toString());
        }
        assertEquals(Release.VERSION, one(d, DATASET, p(DCAT, "version")).getLiteralLexicalForm());
        assertEquals("2026-12-03", one(d, DATASET, DCTerms.issued.asNode()).getLiteralLexicalForm());
        assertNotNull(one(d, DATASET, DCTerms.modified.asNode()));
        assertEquals(CC_BY, one(d, DATASET, DCTerms.license.asNode()));
        assertTrue(d.find(DATASET, DCTerms.rights.asNode(), Node.ANY).toList().stream().anyMatch(t -> t.getObject()
                .getLiteralLexicalForm().contains("The author asks that reuse name the source; no licence is granted"
                        + " for the source material.")), "the credit to the sources' author");
        List<String> sources = GraphSources.iris(kg.inferred());
        assertFalse(sources.isEmpty());
        assertEquals(sources, d.find(DATASET, DCTerms.source.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI())
                .toList().stream().sorted().toList(), "every source of the graph, read from the graph");
        for (String source : sources) {
            assertTrue(d.contains(DATASET, p("http://www.w3.org/ns/prov#", "wasDerivedFrom"), uri(source)), source);
            assertTrue(d.contains(DATASET, p(SCHEMA, "isBasedOn"), uri(source)), source);
            assertEquals(Set.of("en", "zh"), languages(d, uri(source), DCTerms.rights.asNode()), source + "'s credit");
            assertEquals(Set.of("en", "zh"), languages(d, uri(source), RDFS.label.asNode()), source + "'s name");
        }
        int[] years = GraphSources.years(kg.inferred());
        Node period = one(d, DATASET, DCTerms.temporal.asNode());
        assertEquals(Integer.toString(years[0]), one(d, period, p(DCAT, "startDate")).getLiteralLexicalForm());
        assertEquals(Integer.toString(years[1]), one(d, period, p(DCAT, "endDate")).getLiteralLexicalForm());
        Node project = uri(AIMIL.RESOURCE_NS + "ai-milestones-project");
        assertEquals(project, one(d, DATASET, DCTerms.creator.asNode()));
        assertEquals(project, one(d, DATASET, DCTerms.publisher.asNode()));
        assertEquals(Set.of("en", "zh"), languages(d, project, RDFS.label.asNode()));
        assertTrue(d.contains(project, RDF.Nodes.type, uri("http://xmlns.com/foaf/0.1/Organization")));
        assertEquals(uri(base), one(d, DATASET, p(DCAT, "landingPage")));
        assertEquals(Set.of("en", "zh"), languages(d, DATASET, p(DCAT, "keyword")));
        assertFalse(d.find(DATASET, p(DCAT, "theme"), Node.ANY).toList().isEmpty());
        assertEquals(AIMIL.RESOURCE_NS, one(d, DATASET, p(VOID, "uriSpace")).getLiteralLexicalForm());
        assertTrue(d.contains(DATASET, p(VOID, "vocabulary"), uri(AIMIL.NS)));
        for (Triple root : d.find(DATASET, p(VOID, "rootResource"), Node.ANY).toList()) {
            assertTrue(kg.asserted().contains(root.getObject(), RDFS.label.asNode(), Node.ANY),
                    "a real resource: " + root.getObject());
        }
        assertTrue(d.contains(DATASET, p(VOID, "exampleResource"), uri(AIMIL.RESOURCE_NS + "alexnet")));
        for (Triple example : d.find(DATASET, p(VOID, "exampleResource"), Node.ANY).toList()) {
            assertTrue(kg.asserted().contains(example.getObject(), RDFS.label.asNode(), Node.ANY),
                    "a real resource: " + example.getObject());
        }
        assertEquals(kg.inferred().size(), number(d, DATASET, p(VOID, "triples")));
        assertTrue(number(d, DATASET, p(VOID, "classes")) > 10);
        assertTrue(number(d, DATASET, p(VOID, "properties")) > 10);
        assertTrue(d.find(DATASET, p(VOID, "classPartition"), Node.ANY).toList().size() > 10);
        assertTrue(d.find(DATASET, p(VOID, "propertyPartition"), Node.ANY).toList().size() > 10);
        Node endpoint = uri(base + "ai-milestones/sparql");
        assertEquals(endpoint, one(d, DATASET, p(VOID, "sparqlEndpoint")));
        Node service = one(d, DATASET, p(DCAT, "accessService"));
        assertTrue(d.contains(service, RDF.Nodes.type, p(DCAT, "DataService")));
        assertEquals(endpoint, one(d, service, p(DCAT, "endpointURL")));
        assertEquals(endpoint, one(d, service, p(DCAT, "endpointDescription")));
        assertEquals(DATASET, one(d, service, p(DCAT, "servesDataset")));
        HttpResponse<String> sd = Http.get(endpoint.getURI(), "text/turtle");
        assertTrue(sd.body().contains("sparql-service-description"), "the endpoint describes itself");
    }

    @Test
    void theSourceTextSubsetCreditsZomiAndClaimsNoLicence() {
        Graph d = voidOf(local);
        Node subset = uri(DATASET.getURI() + "#source-text");
        assertTrue(d.contains(DATASET, p(VOID, "subset"), subset));
        assertEquals(Set.of("en", "zh"), languages(d, subset, DCTerms.rights.asNode()));
        assertTrue(one(d, subset, DCTerms.rightsHolder.asNode()).getURI().endsWith("/zomi"));
        assertFalse(d.contains(subset, DCTerms.license.asNode(), Node.ANY), "no licence on the author's words");
        assertFalse(d.contains(subset, uri("http://schema.org/license"), Node.ANY));
    }

    @Test
    void linksetsAreCountedInTheData() {
        Graph d = voidOf(local);
        List<Node> linksets = d.find(Node.ANY, RDF.Nodes.type, p(VOID, "Linkset")).mapWith(Triple::getSubject).toList();
        assertTrue(linksets.size() >= 3, "linksets: " + linksets);
        for (Node set : linksets) {
            assertEquals(DATASET, one(d, set, p(VOID, "subjectsTarget")));
            Node objects = one(d, set, p(VOID, "objectsTarget"));
            assertTrue(d.contains(set, p(VOID, "target"), objects));
            assertNotNull(one(d, objects, p(VOID, "uriSpace")));
            assertFalse(d.find(set, p(VOID, "linkPredicate"), Node.ANY).toList().isEmpty());
            assertEquals(Set.of("en", "zh"), languages(d, set, RDFS.label.asNode()));
            number(d, set, p(VOID, "triples"));
        }
        String skos = "http://www.w3.org/2004/02/skos/core#";
        long wikidata = links(List.of(OWL.sameAs.asNode(), uri(skos + "exactMatch"), uri(skos + "closeMatch")),
                "http://www.wikidata.org/entity/");
        assertTrue(wikidata >= 14, "the graph links to Wikidata");
        assertEquals(wikidata, number(d, uri(DATASET.getURI() + "#wikidata-links"), p(VOID, "triples")));
        long youtube = links(List.of(AIMIL.watchUrl.asNode()), "https://www.youtube.com/");
        assertTrue(youtube > 0);
        assertEquals(youtube, number(d, uri(DATASET.getURI() + "#youtube-links"), p(VOID, "triples")));
        long doi = links(List.of(RDFS.seeAlso.asNode(), OWL.sameAs.asNode()), "https://doi.org/");
        assertTrue(doi > 0);
        assertEquals(doi, number(d, uri(DATASET.getURI() + "#doi-links"), p(VOID, "triples")));
        assertEquals(links(List.of(AIMIL.watchUrl.asNode()), "https://www.bilibili.com/"),
                number(d, uri(DATASET.getURI() + "#bilibili-links"), p(VOID, "triples")));
    }

    /** @return the asserted triples from a resource, by one of predicates, to an IRI starting with objects */
    static long links(List<Node> predicates, String objects) {
        return kg.asserted().find().toList().stream()
                .filter(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(AIMIL.RESOURCE_NS))
                .filter(t -> predicates.contains(t.getPredicate()))
                .filter(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(objects))
                .count();
    }

    @Test
    void distributionsHaveTheRealByteSizesAndDownloadUrls() {
        Graph d = voidOf(local);
        List<DumpFiles.File> files = DumpFiles.files();
        assertEquals(3 * DumpServlet.DUMPS.size(), files.size(), "latest, release 0.2.0 and release 0.3.0");
        for (DumpFiles.File file : files) {
            Node distribution = uri(DatasetDescription.distribution(file));
            String url = local.url() + "dumps/" + file.path();
            Node holder = uri(DatasetDescription.holder(file));
            assertTrue(d.contains(holder, p(DCAT, "distribution"), distribution), file.path());
            assertTrue(d.contains(holder, p(VOID, "dataDump"), uri(url)), file.path());
            assertTrue(holder.equals(DATASET) || d.contains(holder, DCTerms.isVersionOf.asNode(), DATASET)
                    && d.contains(DATASET, DCTerms.hasVersion.asNode(), holder), "a release is a version of the dataset");
            assertEquals(uri(url), one(d, distribution, p(DCAT, "downloadURL")));
            assertEquals(uri("https://www.iana.org/assignments/media-types/" + file.dump().mediaType()),
                    one(d, distribution, p(DCAT, "mediaType")));
            assertTrue(one(d, distribution, DCTerms.format.asNode()).getURI().startsWith("http://www.w3.org/ns/formats/"));
            assertEquals(Set.of("en", "zh"), languages(d, distribution, DCTerms.title.asNode()), file.path());
            HttpResponse<byte[]> dump = bytes(url);
            assertEquals(200, dump.statusCode(), url);
            assertEquals(dump.body().length, number(d, distribution, p(DCAT, "byteSize")), file.path());
            boolean inferred = file.dump().inferred();
            assertEquals(inferred, d.contains(distribution, DCTerms.conformsTo.asNode(),
                    uri("https://w3id.org/ai-milestones/shapes")), file.path());
            if (inferred) {
                assertEquals(Set.of("en", "zh"), languages(d, distribution, RDFS.comment.asNode()));
            }
        }
    }

    static HttpResponse<byte[]> bytes(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(Http.request(url).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDatasetIriIsTheSameWhateverTheHost() {
        for (String host : List.of("127.0.0.1", "evil.example", "localhost:1")) {
            RawHttp.Response response = RawHttp.send(local.port(), ("GET /.well-known/void HTTP/1.1\r\nHost: " + host
                    + "\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(200, response.status(), response.body());
            String body = new String(response.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            Graph d = parse(body, Lang.TURTLE);
            assertTrue(d.contains(DATASET, RDF.Nodes.type, p(VOID, "Dataset")), host);
            for (Triple typed : d.find(Node.ANY, RDF.Nodes.type, p(DCAT, "Dataset")).toList()) {
                String iri = typed.getSubject().getURI();
                assertTrue(iri.equals(DATASET.getURI()) || iri.startsWith(DATASET.getURI() + "#"), iri);
            }
            assertFalse(body.contains("evil.example") || body.contains("localhost:1"), "the Host header is not used");
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,text/turtle,TTL,ttl", "application/ld+json,application/ld+json,JSONLD,jsonld",
        "application/n-triples,application/n-triples,NT,nt", "application/rdf+xml,application/rdf+xml,RDFXML,rdf"})
    void wellKnownVoidIsNegotiatedAndEachFormatHasItsDocument(String accept, String type, String lang, String ext) {
        HttpResponse<String> negotiated = Http.get(local.url() + ".well-known/void", accept);
        assertEquals(200, negotiated.statusCode());
        assertTrue(contentType(negotiated).startsWith(type), contentType(negotiated));
        assertTrue(String.join(",", negotiated.headers().allValues("Vary")).contains("Accept"));
        String doc = local.url() + "dataset." + ext;
        assertEquals(doc, negotiated.headers().firstValue("Content-Location").orElse(""));
        HttpResponse<String> document = Http.get(doc, null);
        assertEquals(200, document.statusCode());
        assertTrue(contentType(document).startsWith(type), contentType(document));
        Graph d = parse(document.body(), org.apache.jena.riot.RDFLanguages.nameToLang(lang));
        assertTrue(d.contains(uri(doc), uri("http://xmlns.com/foaf/0.1/primaryTopic"), DATASET));
        assertTrue(d.contains(uri(doc), p(VOID, "inDataset"), DATASET));
        assertTrue(d.contains(uri(doc), DCTerms.license.asNode(), CC_BY));
        assertEquals("*", document.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void theDescriptionIsComputedOncePerDataVersion() {
        DatasetDescription description = configured.description();
        voidOf(configured);
        long after = description.computations();
        voidOf(configured);
        Http.get(configured.url() + "dataset.jsonld", null);
        Http.get(configured.url() + "sitemap.xml", null);
        assertEquals(1, after, "one computation for the first request");
        assertEquals(after, description.computations(), "none for the next ones");
        assertSame(description.describe(BASE_URL), description.describe(BASE_URL), "the same description is kept");
        assertSame(description.computed(), description.computed());
    }

    @Test
    void anUpdateMakesANewDataVersionAndTheDescriptionFollows(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: secret\n");
        try (MilestonesServer updatable = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Path.of("."))).port(0).allowUpdate(true).passwordFile(passwords)
                .build())) {
            Graph before = voidOf(updatable);
            assertEquals(1, updatable.description().computations());
            Node dump = uri(DATASET.getURI() + "#dump-ai-milestones.nt");
            assertTrue(before.find(dump, p(DCAT, "byteSize"), Node.ANY).toList().isEmpty(),
                    "data that can change has its dumps serialized when downloaded, and no size until then");
            Node frozen = uri(DatasetDescription.distribution(DumpFiles.file("0.3.0/ai-milestones.nt").orElseThrow()));
            assertTrue(number(before, frozen, p(DCAT, "byteSize")) > 0, "a release's frozen file has its size");
            int bytesBefore = bytes(updatable.url() + "dumps/ai-milestones.nt").body().length;
            long triples = number(before, DATASET, p(VOID, "triples"));
            Node sameAs = uri(DATASET.getURI() + "#wikidata-links");
            long links = number(before, sameAs, p(VOID, "triples"));
            HttpResponse<String> update = Http.send(Http.withBasicAuth(Http.request(updatable.url()
                    + "ai-milestones/update").header("Content-Type", "application/sparql-update")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("INSERT DATA { <" + AIMIL.RESOURCE_NS
                            + "alexnet> <http://www.w3.org/2004/02/skos/core#closeMatch>"
                            + " <http://www.wikidata.org/entity/Q1> }")), "editor", "secret"));
            assertEquals(204, update.statusCode(), update.body());
            Graph after = voidOf(updatable);
            assertEquals(2, updatable.description().computations(), "computed again for the new data version");
            assertEquals(triples + 1, number(after, DATASET, p(VOID, "triples")));
            assertEquals(links + 1, number(after, sameAs, p(VOID, "triples")));
            assertTrue(after.find(dump, p(DCAT, "byteSize"), Node.ANY).toList().isEmpty());
            assertTrue(bytes(updatable.url() + "dumps/ai-milestones.nt").body().length > bytesBefore,
                    "the dump follows the update");
            voidOf(updatable);
            assertEquals(2, updatable.description().computations());
        }
    }

    @Test
    void theBaseUrlIsHonouredAndWinsOverForwardedHeaders() {
        RawHttp.Response response = RawHttp.send(configured.port(), RawHttp.request("GET /.well-known/void HTTP/1.1",
                "Accept: text/turtle\r\nX-Forwarded-Host: proxy.example.org\r\nX-Forwarded-Proto: https\r\n",
                new byte[0]));
        Graph d = parse(new String(response.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                Lang.TURTLE);
        assertEquals(uri(BASE_URL), one(d, DATASET, p(DCAT, "landingPage")));
        assertEquals(uri(BASE_URL + "ai-milestones/sparql"), one(d, DATASET, p(VOID, "sparqlEndpoint")));
        for (DumpFiles.File file : DumpFiles.files()) {
            assertEquals(uri(BASE_URL + "dumps/" + file.path()),
                    one(d, uri(DatasetDescription.distribution(file)), p(DCAT, "downloadURL")));
        }
        assertFalse(response.body().contains("proxy.example.org"));
        assertFalse(response.body().contains("127.0.0.1"), "no URL of the local address");
    }

    static Stream<Arguments> trustedHeaders() {
        return Stream.of(
                Arguments.of("X-Forwarded-Proto: https\r\nX-Forwarded-Host: proxy.example.org\r\n",
                        "https://proxy.example.org/"),
                Arguments.of("X-Forwarded-Host: proxy.example.org:8080, inner.example\r\n",
                        "http://proxy.example.org:8080/"),
                Arguments.of("Forwarded: for=192.0.2.1;proto=https;host=\"fw.example.org:8443\", for=10.0.0.1\r\n",
                        "https://fw.example.org:8443/"),
                Arguments.of("Forwarded: Host=fw.example.org;Proto=http\r\nX-Forwarded-Host: other.example\r\n",
                        "http://fw.example.org/"),
                Arguments.of("Forwarded: for=\"[2001:db8::1]\";host=\"[2001:db8::2]:8080\";proto=https\r\n",
                        "https://[2001:db8::2]:8080/"));
    }

    static Stream<String> malformedHeaders() {
        return Stream.of(
                "X-Forwarded-Host: evil.example/<script>\r\n",
                "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: javascript\r\n",
                "X-Forwarded-Host: evil.example:99999\r\n",
                "X-Forwarded-Host: a b.evil.example\r\n",
                "X-Forwarded-Host: evil.example@x\r\n",
                "Forwarded: host=\"evil.example\\\"> <x\"\r\n",
                "Forwarded: proto=https;host\r\n",
                "Forwarded: host=evil.example;host=other.evil.example\r\n",
                "Forwarded: proto=ftp;host=evil.example\r\n",
                "Forwarded: host=\"evil.example\r\n");
    }

    @ParameterizedTest
    @MethodSource("trustedHeaders")
    void trustedForwardedHeadersNameTheBase(String headers, String expected) {
        Graph d = viaProxy(proxied, headers);
        assertEquals(uri(expected), one(d, DATASET, p(DCAT, "landingPage")));
        assertEquals(uri(expected + "dumps/ai-milestones.ttl"),
                one(d, uri(DATASET.getURI() + "#dump-ai-milestones.ttl"), p(DCAT, "downloadURL")));
        assertTrue(d.contains(DATASET, RDF.Nodes.type, p(VOID, "Dataset")), "the dataset IRI does not move");
    }

    @ParameterizedTest
    @MethodSource("malformedHeaders")
    void malformedForwardedHeadersAreIgnored(String headers) {
        Graph d = viaProxy(proxied, headers);
        assertEquals(uri(proxied.url()), one(d, DATASET, p(DCAT, "landingPage")));
        assertTrue(d.find().toList().stream().noneMatch(t -> t.toString().contains("evil.example")
                || t.toString().contains("javascript") || t.toString().contains("<x")));
    }

    @Test
    void forwardedHeadersAreIgnoredWithoutTheOption() {
        Graph d = viaProxy(local, "X-Forwarded-Proto: https\r\nX-Forwarded-Host: proxy.example.org\r\n"
                + "Forwarded: proto=https;host=fw.example.org\r\n");
        assertEquals(uri(local.url()), one(d, DATASET, p(DCAT, "landingPage")));
    }

    static Graph viaProxy(MilestonesServer server, String headers) {
        RawHttp.Response response = RawHttp.send(server.port(), RawHttp.request("GET /.well-known/void HTTP/1.1",
                "Accept: application/n-triples\r\n" + headers, new byte[0]));
        assertEquals(200, response.status(), response.body());
        return parse(new String(response.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                Lang.NTRIPLES);
    }

    @Test
    void sitemapListsEveryPageUnderTheBase() throws Exception {
        HttpResponse<String> response = Http.get(configured.url() + "sitemap.xml", null);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/xml"), contentType(response));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        NodeList locs = xml.getElementsByTagName("loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        for (String page : List.of("", "search", "query", "timeline", "graph", "paths", "ontology.html",
                "page/alexnet", "page/ai-milestones-2012-2014", "page/ai-milestones-2012-2014/slide-1")) {
            assertTrue(urls.contains(BASE_URL + page), page);
        }
        assertTrue(urls.stream().allMatch(u -> u.startsWith(BASE_URL)), "all absolute under the base");
        Set<String> resources = new TreeSet<>();
        kg.inferred().find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(AIMIL.RESOURCE_NS)) {
                resources.add(t.getSubject().getURI().substring(AIMIL.RESOURCE_NS.length()));
            }
        });
        assertEquals(resources.size(), urls.stream().filter(u -> u.startsWith(BASE_URL + "page/")).count());
    }

    @Test
    void robotsAllowsAllButTheEndpointsAndNamesTheSitemap() {
        HttpResponse<String> response = Http.get(configured.url() + "robots.txt", null);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
        List<String> lines = response.body().lines().toList();
        assertTrue(lines.contains("User-agent: *"));
        assertTrue(lines.contains("Allow: /"));
        assertTrue(lines.contains("Disallow: /ai-milestones/"), "the SPARQL endpoints");
        assertTrue(lines.contains("Sitemap: " + BASE_URL + "sitemap.xml"));
        assertFalse(lines.contains("Disallow: /"));
    }
}
