package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.aimilestones.cli.PushCommand;
import org.aimilestones.web.IriMapping;
import org.aimilestones.web.LinkedDataModule;
import org.aimilestones.web.Schemas;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.aimilestones.load.TdbBulkLoad;
import org.aimilestones.testing.Fixture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole server as ai-milestones serve wires it (Fuseki's CORS filter included): the dataset's 303s and
 * documents, VoID headers, CORS without credentials, the dumps' headers, gzip and release copies, push's default
 * graph, and the refusal of a store built under the former name.
 */
class PublishingTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String ORIGIN = "https://elsewhere.example";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static KnowledgeGraph kg;
    static MilestonesServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        GraphSource src = GraphSource.directory(Path.of("."));
        kg = KnowledgeGraph.load(src);
        server = start(src, Optional.empty());
        // the description and its dumps take seconds for the decade's graph: ready before any test asks for them
        // (a page asked too early, on a busy machine, is a 503 "still being computed": PageGuardTest)
        server.description().computed();
        base = server.url();
    }

    static MilestonesServer start(GraphSource src, Optional<String> baseUrl) throws Exception {
        DocumentBase documentBase = DocumentBase.of(baseUrl.orElse(null), false);
        ServerConfig.Builder config = ServerConfig.builder().source(src).port(0).documentBase(documentBase);
        IriMapping iris = baseUrl.map(b -> new IriMapping(IriMapping.NAMESPACE, b)).orElse(IriMapping.DEFAULT);
        config.module(served -> new LinkedDataModule(() -> served, Schemas.of(src, kg::ontology), iris,
                documentBase::of));
        return MilestonesServer.start(config.build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    static void assertOpenToAnyOrigin(HttpResponse<?> r) {
        assertEquals("*", header(r, "Access-Control-Allow-Origin"), r.uri().toString());
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("Location"), r.uri().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.uri().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataset", "dataset/graph"})
    void theDatasetAndPushsGraphAnswer303ToTheLandingPageOrTheDescription(String thing) {
        HttpResponse<byte[]> html = get(base + thing, "Accept", BROWSER, "Origin", ORIGIN);
        assertEquals(303, html.statusCode());
        assertEquals(base, header(html, "Location"));
        assertEquals("Accept", header(html, "Vary"));
        assertOpenToAnyOrigin(html);
        for (String[] accept : new String[][] {{"text/turtle", "ttl"}, {"*/*", "ttl"},
            {"application/ld+json", "jsonld"}, {"application/n-triples", "nt"}}) {
            HttpResponse<byte[]> rdf = get(base + thing, "Accept", accept[0]);
            assertEquals(303, rdf.statusCode());
            assertEquals(base + "dataset." + accept[1], header(rdf, "Location"));
        }
        assertEquals(base + "dataset.ttl", header(get(base + thing), "Location"), "no Accept: Turtle");
    }

    @Test
    void pushsDefaultGraphIsTheDatasetsGraphNotAPageRoute() {
        assertEquals(IriMapping.DATASET + "/graph", PushCommand.DEFAULT_GRAPH);
        String path = PushCommand.DEFAULT_GRAPH.substring(IriMapping.NAMESPACE.length());
        assertEquals(303, get(base + path, "Accept", BROWSER).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "jsonld", "nt", "rdf"})
    void theDatasetDocumentsDescribeTheDataset(String ext) {
        HttpResponse<byte[]> r = get(base + "dataset." + ext, "Origin", ORIGIN);
        assertEquals(200, r.statusCode());
        assertOpenToAnyOrigin(r);
        Lang lang = switch (ext) {
            case "ttl" -> Lang.TURTLE;
            case "jsonld" -> Lang.JSONLD;
            case "nt" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        assertTrue(header(r, "Content-Type").startsWith(lang.getHeaderString()), header(r, "Content-Type"));
        Graph got = RDFParser.fromString(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), lang)
                .base(base).toGraph();
        Node doc = NodeFactory.createURI(base + "dataset." + ext);
        assertTrue(got.contains(doc, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"),
                NodeFactory.createURI(IriMapping.DATASET)));
        assertTrue(got.contains(doc, NodeFactory.createURI("http://rdfs.org/ns/void#inDataset"),
                NodeFactory.createURI(IriMapping.DATASET)));
        assertTrue(got.contains(doc, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(got.size() > 50, "the description itself");
    }

    @Test
    void voidIsNegotiatedWithVaryCorsAndContentLocation() {
        HttpResponse<byte[]> turtle = get(base + ".well-known/void", "Origin", ORIGIN);
        assertEquals(200, turtle.statusCode());
        assertEquals("Accept", header(turtle, "Vary"));
        assertOpenToAnyOrigin(turtle);
        assertEquals(base + "dataset.ttl", header(turtle, "Content-Location"));
        HttpResponse<byte[]> json = get(base + ".well-known/void", "Accept", "application/ld+json");
        assertTrue(header(json, "Content-Type").startsWith("application/ld+json"));
        assertEquals(base + "dataset.jsonld", header(json, "Content-Location"));
        assertEquals(406, get(base + ".well-known/void", "Accept", "image/png").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"resource/alexnet", "page/alexnet", "data/alexnet.ttl", "ontology", "ontology.ttl",
        "ontology.html", "shapes", "shapes.ttl", "dumps/ai-milestones.ttl"})
    void linkedDataIsOpenToAnyOriginWithoutCredentials(String path) {
        HttpResponse<byte[]> r = get(base + path, "Origin", ORIGIN);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 303, path + " " + r.statusCode());
        assertOpenToAnyOrigin(r);
    }

    @Test
    void dumpsHaveLengthEtagLastModifiedAndGzip() throws IOException {
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            String url = base + "dumps/" + dump.file();
            HttpResponse<byte[]> plain = get(url);
            assertEquals(200, plain.statusCode());
            assertEquals(Long.toString(plain.body().length), header(plain, "Content-Length"), dump.file());
            assertTrue(header(plain, "Vary").contains("Accept-Encoding"));
            assertFalse(header(plain, "Content-Encoding").contains("gzip"));
            String etag = header(plain, "ETag");
            String modified = header(plain, "Last-Modified");
            assertFalse(etag.isEmpty() || modified.isEmpty());
            assertTrue(modified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), modified);
            Graph expected = dump.inferred() ? kg.inferred() : kg.asserted();
            assertTrue(expected.isIsomorphicWith(RDFParser.source(new ByteArrayInputStream(plain.body()))
                    .lang(dump.format().lang()).toGraph()), dump.file());

            HttpResponse<byte[]> again = get(url);
            assertEquals(etag, header(again, "ETag"), "made once per data version");
            assertEquals(modified, header(again, "Last-Modified"));
            assertEquals(304, get(url, "If-None-Match", etag).statusCode());
            assertEquals(304, get(url, "If-Modified-Since", modified).statusCode());
            assertEquals(200, get(url, "If-None-Match", "\"other\"").statusCode());

            HttpResponse<byte[]> zipped = get(url, "Accept-Encoding", "gzip");
            assertEquals(200, zipped.statusCode());
            assertEquals("gzip", header(zipped, "Content-Encoding"));
            assertEquals(Long.toString(zipped.body().length), header(zipped, "Content-Length"));
            assertTrue(zipped.body().length < plain.body().length);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), dump.file());
            }
        }
    }

    @Test
    void theReleasesDumpsAreItsFrozenFilesBesideTheLatest() throws IOException {
        String release = org.aimilestones.vocab.Release.VERSION;
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            ReleaseArchive.Entry frozen = ReleaseArchive.entry(release + "/" + dump.file()).orElseThrow(
                    () -> new AssertionError("release " + release + " has no frozen " + dump.file()));
            HttpResponse<byte[]> copy = get(base + "dumps/" + release + "/" + dump.file(), "Origin", ORIGIN);
            assertEquals(200, copy.statusCode(), release + "/" + dump.file());
            assertArrayEquals(ReleaseArchive.gunzip(frozenGzip(frozen)), copy.body());
            assertEquals(Long.toString(copy.body().length), header(copy, "Content-Length"));
            assertTrue(header(copy, "Cache-Control").contains("immutable"));
            assertOpenToAnyOrigin(copy);
            HttpResponse<byte[]> zipped = get(base + "dumps/" + release + "/" + dump.file(), "Accept-Encoding", "gzip");
            assertEquals("gzip", header(zipped, "Content-Encoding"));
            assertArrayEquals(frozenGzip(frozen), zipped.body(), "the frozen .gz as it is");
        }
        assertEquals(404, get(base + "dumps/0.0.0/ai-milestones.ttl").statusCode());
        assertEquals(404, get(base + "dumps/" + release + "/nonesuch.ttl").statusCode());
    }

    @Test
    void aBaseUrlIsTheBaseOfTheDatasetsLocationsAndContentLocation() throws Exception {
        try (MilestonesServer other = start(GraphSource.directory(Path.of(".")),
                Optional.of("https://ai-milestones.example/"))) {
            HttpResponse<byte[]> r = get(other.url() + "dataset", "Accept", "text/turtle");
            assertEquals("https://ai-milestones.example/dataset.ttl", header(r, "Location"));
            assertEquals("https://ai-milestones.example/page/alexnet",
                    header(get(other.url() + "resource/alexnet", "Accept", BROWSER), "Location"));
            assertEquals("https://ai-milestones.example/dataset.ttl",
                    header(get(other.url() + ".well-known/void"), "Content-Location"));
        }
    }

    @Test
    void aStoreBuiltUnderTheFormerNameIsRefusedWithOneLine(@TempDir Path tmp) throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        for (String marker : new String[] {"aikg-loaded.txt", "aikg-fingerprint.txt"}) {
            Path store = Files.createDirectories(tmp.resolve("store-" + marker));
            Files.writeString(store.resolve(marker), "2026-01-01T00:00:00Z 10 triples from old.nt\n");
            LoadException served = assertThrows(LoadException.class, () -> MilestonesServer.start(ServerConfig
                    .builder().source(GraphSource.directory(root)).port(0).tdb2(store).build()));
            String message = served.getMessage();
            assertFalse(message.contains("\n"), message);
            assertTrue(message.contains(store.toString()) && message.contains(marker)
                    && message.contains("former name and namespace") && message.contains("fresh directory")
                    && message.contains("ai-milestones load --tdb2") && message.contains("serve --tdb2"), message);
            try (var files = Files.list(store)) {
                assertEquals(1, files.count(), "nothing written into the refused store");
            }
            Path nt = Files.writeString(tmp.resolve("one.nt"), "<http://example.org/a> <http://example.org/b> \"c\" .\n");
            LoadException loaded = assertThrows(LoadException.class,
                    () -> TdbBulkLoad.load(nt, store, new PrintWriter(new StringWriter())));
            assertEquals(message, loaded.getMessage());
        }
        Path fresh = tmp.resolve("fresh");
        try (MilestonesServer ok = MilestonesServer.start(ServerConfig.builder().source(GraphSource.directory(root))
                .port(0).tdb2(fresh).build())) {
            assertTrue(ok.notes().get(0).startsWith("built the TDB2 store"));
        }
        assertNotEquals(0, Files.list(fresh).count());
    }

    @Test
    void anUpdateMakesNewLatestDumpsAndLeavesTheReleasesFrozenCopy(@TempDir Path tmp) throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        try (MilestonesServer updatable = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(root)).port(0).allowUpdate(true).passwordFile(passwords).build())) {
            String url = updatable.url();
            String release = org.aimilestones.vocab.Release.VERSION;
            HttpResponse<byte[]> before = get(url + "dumps/ai-milestones.nt");
            assertEquals(header(before, "ETag"), header(get(url + "dumps/ai-milestones.nt"), "ETag"));
            HttpRequest update = HttpRequest.newBuilder(URI.create(url + "ai-milestones/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "editor:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <" + IriMapping.NAMESPACE
                            + "resource/dump-test> <http://www.w3.org/2000/01/rdf-schema#label> \"dump test\" }"))
                    .build();
            assertEquals(204, CLIENT.send(update, HttpResponse.BodyHandlers.discarding()).statusCode());
            HttpResponse<byte[]> after = get(url + "dumps/ai-milestones.nt");
            assertNotEquals(header(before, "ETag"), header(after, "ETag"), "a new data version, a new dump");
            assertTrue(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8).contains("dump test"));
            for (String file : List.of("ai-milestones.nt", "ai-milestones.ttl")) {
                HttpResponse<byte[]> copy = get(url + "dumps/" + release + "/" + file);
                assertEquals(200, copy.statusCode());
                assertArrayEquals(ReleaseArchive.gunzip(frozenGzip(
                        ReleaseArchive.entry(release + "/" + file).orElseThrow())), copy.body(),
                        "the release's frozen file, whatever the server serves");
            }
        }
    }

    private static byte[] frozenGzip(ReleaseArchive.Entry entry) throws IOException {
        try (java.io.InputStream in = ReleaseArchive.gzipped(entry)) {
            return in.readAllBytes();
        }
    }
}
