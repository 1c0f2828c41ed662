package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.PREFIXES;
import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import com.sun.net.httpserver.HttpServer;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.aimilestones.load.GraphSource;
import org.aimilestones.testing.Fixture;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with --allow-update (HTTP Basic, password file) and one --service-allow endpoint, over fixture data. */
class UpdateServerTest {

    static final String USER = "editor";
    static final String PASSWORD = "s3cret";

    @TempDir
    static Path tmp;

    static HttpServer remote;
    static AtomicInteger remoteCalls = new AtomicInteger();
    static String remoteEndpoint;
    static MilestonesServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/sparql", exchange -> {
            remoteCalls.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
        remoteEndpoint = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
        Path passwords = Files.writeString(tmp.resolve("passwords"), "# who may update\n" + USER + ": " + PASSWORD + "\n");
        server = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(tmp.resolve("project"))))
                .port(0).timeout(Duration.ofSeconds(1))
                .allowUpdate(true).passwordFile(passwords)
                .serviceAllow(remoteEndpoint)
                .build());
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
        remote.stop(0);
    }

    static HttpResponse<String> update(String update, String user, String password) {
        HttpRequest.Builder request = Http.request(base + "ai-milestones/update")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        return Http.send(user == null ? request : Http.withBasicAuth(request, user, password));
    }

    static boolean ask(String pattern) {
        HttpResponse<String> response = Http.get(base + "ai-milestones/sparql?query=" + enc(PREFIXES + "ASK { " + pattern + " }"),
                "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        return response.body().contains("true");
    }

    @Test
    void updatesNeedTheRightCredentials() {
        String insert = PREFIXES + "INSERT DATA { res:new-thing a aimil:Event }";
        assertEquals(401, update(insert, null, null).statusCode());
        assertEquals(401, update(insert, USER, "wrong").statusCode());
        assertEquals(401, update(insert, "nobody", PASSWORD).statusCode());
        assertTrue(!ask("res:new-thing ?p ?o"), "nothing written without credentials");
        assertEquals(204, update(insert, USER, PASSWORD).statusCode());
        assertTrue(ask("res:new-thing a aimil:Event"));
        assertTrue(ask("res:new-thing a schema:Event"), "the entailments follow the update");
    }

    @Test
    void cachedAnswersNeverOutliveAnUpdate() {
        String query = base + "ai-milestones/sparql?query=" + enc(PREFIXES + "SELECT ?l WHERE { res:cached rdfs:label ?l }");
        HttpResponse<String> before = Http.get(query, "text/csv");
        assertEquals("l\r\n", before.body());
        assertEquals("no-cache", before.headers().firstValue("Cache-Control").orElse(""), "revalidate: updates are on");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.send(Http.request(query).header("Accept", "text/csv").header("If-None-Match", etag)
                .GET()).statusCode());
        assertEquals(204, update(PREFIXES + "INSERT DATA { res:cached rdfs:label \"one\" }", USER, PASSWORD)
                .statusCode());
        HttpResponse<String> after = Http.send(Http.request(query).header("Accept", "text/csv")
                .header("If-None-Match", etag).GET());
        assertEquals(200, after.statusCode(), "the old ETag is stale");
        assertEquals("l\r\none\r\n", after.body());
        HttpRequest.Builder put = Http.withBasicAuth(Http.request(base + "ai-milestones/data?default")
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<" + AIMIL.RESOURCE_NS + "cached> <" + RDFS.label.getURI()
                        + "> \"two\" .")), USER, PASSWORD);
        assertTrue(Http.send(put).statusCode() < 300);
        assertEquals("l\r\none\r\ntwo\r\n", sorted(Http.get(query, "text/csv").body()), "a Graph Store write too");
    }

    /** @return CSV rows after the header in sorted order */
    private static String sorted(String csv) {
        List<String> lines = csv.lines().toList();
        return lines.get(0) + "\r\n" + lines.stream().skip(1).sorted().map(l -> l + "\r\n")
                .collect(Collectors.joining());
    }

    @Test
    void graphStoreWritesNeedCredentials() {
        String turtle = "<https://w3id.org/ai-milestones/resource/gsp-thing> <http://www.w3.org/2000/01/rdf-schema#label> \"GSP\" .";
        HttpRequest.Builder post = Http.request(base + "ai-milestones/data?default").header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(turtle));
        assertEquals(401, Http.send(post).statusCode());
        int status = Http.send(Http.withBasicAuth(post, USER, PASSWORD)).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "answered " + status);
        assertTrue(ask("res:gsp-thing rdfs:label \"GSP\""));
        assertEquals(200, Http.get(base + "ai-milestones/get?default", "text/turtle").statusCode(), "reading needs no login");
    }

    @Test
    void jenaClientWithCredentialsUpdates() {
        HttpClient client = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASSWORD.toCharArray());
            }
        }).build();
        try (RDFLink link = RDFLinkHTTP.service(base + "ai-milestones").httpClient(client)
                .queryEndpoint("sparql").updateEndpoint("update").build()) {
            link.update(PREFIXES + "INSERT DATA { res:linked rdfs:label \"via RDFLink\" }");
            assertTrue(link.queryAsk(PREFIXES + "ASK { res:linked rdfs:label \"via RDFLink\" }"));
        }
    }

    @Test
    void loadAndRefusedServiceAre400EvenWithCredentials() {
        assertPlainError(update("LOAD <file:///etc/passwd>", USER, PASSWORD), 400,
                "LOAD <file:///etc/passwd> refused: this server never reads files or the network");
        assertPlainError(update("LOAD <http://example.org/data.ttl>", USER, PASSWORD), 400, "refused");
        assertPlainError(update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                USER, PASSWORD), 400, "SERVICE <http://example.org/sparql> refused");
        assertPlainError(update("INSERT DATA { <x> <y> ", USER, PASSWORD), 400, "line 1");
        assertPlainError(update("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(<http://jena.apache.org/ARQ/function#wait>"
                + "(100000)) }", USER, PASSWORD), 400, "function <http://jena.apache.org/ARQ/function#wait> refused");
    }

    @Test
    void longUpdateTimesOutAndChangesNothing() {
        long before = server.triples();
        String update = "INSERT { ?a <http://example.org/p> ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i"
                + " FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), 'x')) }";
        assertPlainError(update(update, USER, PASSWORD), 503, "Update timed out");
        assertEquals(before, server.triples());
    }

    @Test
    void allowedServiceIsCalledAndDescribed() {
        int calls = remoteCalls.get();
        String query = "SELECT ?x WHERE { SERVICE <" + remoteEndpoint + "> { ?x ?p ?o } }";
        HttpResponse<String> response = Http.get(base + "ai-milestones/sparql?query=" + enc(query), "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("x\r\nremote\r\n", response.body());
        assertEquals(calls + 1, remoteCalls.get());
        HttpResponse<String> sd = Http.get(base + "ai-milestones/sparql", "application/n-triples");
        assertTrue(sd.body().contains("<" + ServiceDescription.SD + "BasicFederatedQuery>"), sd.body());
        assertTrue(server.banner().endsWith(", updates need a login)"), server.banner());
    }
}
