package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
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
 * Uploads cannot make the server reach out or blow up: JSON-LD with a remote or file: context is refused (the
 * context's host is never contacted, and the answer is the same whether a file exists or a port is open), inline
 * contexts work; a compressed body counts its decoded size against --max-body, and an unknown encoding is a 415.
 */
@Isolated // bounds the server's CPU time (testing/Cpu): nothing else may run beside it
class UploadsCannotReachOutTest {

    static final String USER = "editor";
    static final String PASSWORD = "s3cret";
    static final long MAX_BODY = 100_000;

    @TempDir
    static Path tmp;

    static ServerSocket listener;
    static final AtomicInteger contacts = new AtomicInteger();
    static Thread acceptor;
    static MilestonesServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try (Socket socket = listener.accept()) {
                    contacts.incrementAndGet(); // never answers: a host that accepts and then says nothing
                } catch (IOException closed) {
                    return;
                }
            }
        });
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        server = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(tmp.resolve("project"))))
                .port(0).timeout(Duration.ofSeconds(2)).maxBody(MAX_BODY)
                .allowUpdate(true).passwordFile(passwords)
                .build());
        base = server.url();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        listener.close();
    }

    static HttpResponse<String> put(String graph, String contentType, String encoding, byte[] body) {
        HttpRequest.Builder request = Http.request(base + "ai-milestones/data?graph=" + enc(graph))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        return Http.send(Http.withBasicAuth(request, USER, PASSWORD));
    }

    static HttpResponse<String> putJsonLd(String graph, String context) {
        String doc = "{\"@context\": " + context + ", \"@id\": \"http://example.org/s\", \"name\": \"x\"}";
        return put(graph, "application/ld+json", null, doc.getBytes(StandardCharsets.UTF_8));
    }

    static long triplesIn(String graph) {
        HttpResponse<String> response = Http.get(base + "ai-milestones/sparql?query="
                + enc("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"), "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().split("\r\n")[1].strip());
    }

    @Test
    void aRemoteContextIsRefusedWithoutContactingItsHost() throws Exception {
        String url = "http://127.0.0.1:" + listener.getLocalPort() + "/ctx";
        long start = System.nanoTime();
        HttpResponse<String> response = putJsonLd("urn:example:remote", "\"" + url + "\"");
        assertPlainError(response, 400, url);
        assertTrue(response.body().contains("never fetches"), response.body());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "no wait on a silent host");
        Thread.sleep(300);
        assertEquals(0, contacts.get(), "the context's host was never contacted");
        assertEquals(0, triplesIn("urn:example:remote"));
        // in an array, and by @import
        assertPlainError(putJsonLd("urn:example:remote", "[\"" + url + "\", {\"name\": \"http://schema.org/name\"}]"),
                400, url);
        assertPlainError(putJsonLd("urn:example:remote", "{\"@version\": 1.1, \"@import\": \"" + url + "\"}"), 400, url);
        Thread.sleep(300);
        assertEquals(0, contacts.get(), "the context's host was never contacted");
    }

    @Test
    void fileContextsAreRefusedAlikeWhetherTheFileExistsOrNot() throws Exception {
        Path context = Files.writeString(tmp.resolve("ctx.jsonld"), "{\"@context\": {\"name\": \"http://schema.org/name\"}}");
        String existing = "file://" + context;
        String missing = "file://" + tmp.resolve("missing.jsonld");
        HttpResponse<String> one = putJsonLd("urn:example:file", "\"" + existing + "\"");
        HttpResponse<String> two = putJsonLd("urn:example:file", "\"" + missing + "\"");
        assertPlainError(one, 400, context.toString());
        assertPlainError(two, 400, "missing.jsonld");
        assertEquals(one.body().replace("ctx.jsonld", "X"), two.body().replace("missing.jsonld", "X"),
                "the answer does not tell whether the file exists");
        assertEquals(0, triplesIn("urn:example:file"));
        // nor whether a port is open
        HttpResponse<String> closedPort = putJsonLd("urn:example:file", "\"http://127.0.0.1:1/ctx\"");
        assertPlainError(closedPort, 400, "http://127.0.0.1:1/ctx");
        assertEquals(one.body().replaceAll("<[^>]*>", "URL"), closedPort.body().replaceAll("<[^>]*>", "URL"));
    }

    @Test
    void inlineContextsWork() {
        HttpResponse<String> response = putJsonLd("urn:example:inline", "{\"name\": \"http://schema.org/name\"}");
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.statusCode() + " " + response.body());
        assertEquals(1, triplesIn("urn:example:inline"));
    }

    static byte[] gzip(byte[] data, int copies) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < copies; i++) {
                zip.write(data);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(bytes, new Deflater(9))) {
            zip.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void aCompressedBodyCountsItsDecodedSize() throws IOException {
        byte[] line = "<http://example.org/s> <http://example.org/p> \"a bomb, decoded\" .\n".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = gzip(new byte[1 << 20], 90); // 90 MiB of zero bytes decoded, ~92 KB sent
        assertTrue(bomb.length < MAX_BODY, "a body within the limit: " + bomb.length);
        long cpu = Cpu.javaThreadsNanos();
        HttpResponse<String> response = put("urn:example:bomb", "application/n-triples", "gzip", bomb);
        cpu = Cpu.javaThreadsNanos() - cpu;
        assertPlainError(response, 413, MAX_BODY + " bytes");
        assertTrue(cpu < Duration.ofSeconds(2).toNanos(), "the bomb cost " + cpu / 1_000_000 + " ms of CPU");
        assertTrue(response.body().contains("decoded"), response.body());
        assertEquals(0, triplesIn("urn:example:bomb"));
        byte[] small = gzip(line, 10);
        assertTrue(put("urn:example:gzip", "application/n-triples", "gzip", small).statusCode() < 300);
        assertEquals(1, triplesIn("urn:example:gzip"));
        byte[] other = "<http://example.org/s> <http://example.org/p> \"deflated\" .\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(put("urn:example:deflate", "application/n-triples", "deflate", deflate(other)).statusCode() < 300);
        assertEquals(1, triplesIn("urn:example:deflate"));
        assertPlainError(put("urn:example:bad", "application/n-triples", "gzip", line), 400, "gzip");
    }

    @Test
    void aCompressedFileInAMultipartUploadIsA415() throws IOException {
        byte[] file = gzip(new byte[1 << 20], 50);
        String boundary = "----bound";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bomb.nt.gz\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        HttpRequest.Builder request = Http.request(base + "ai-milestones/data?graph=" + enc("urn:example:multipart"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        assertPlainError(Http.send(Http.withBasicAuth(request, USER, PASSWORD)), 415, "bomb.nt.gz");
        assertEquals(0, triplesIn("urn:example:multipart"));
    }

    @Test
    void anUnknownEncodingIsA415() {
        byte[] line = "<http://example.org/s> <http://example.org/p> 1 .\n".getBytes(StandardCharsets.UTF_8);
        assertPlainError(put("urn:example:br", "application/n-triples", "br", line), 415, "br");
        assertPlainError(put("urn:example:br", "application/n-triples", "gzip, gzip", line), 415, "Content-Encoding");
        assertEquals(0, triplesIn("urn:example:br"));
    }

    @Test
    void aCompressedQueryIsDecodedToo() throws IOException {
        byte[] query = "ASK {}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = Http.send(Http.request(base + "ai-milestones/sparql")
                .header("Content-Type", "application/sparql-query").header("Content-Encoding", "gzip")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(query, 1))));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("true"), response.body());
    }

}
