package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.assertPlainError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimilestones.load.GraphSource;
import org.aimilestones.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: writes only with the right login, loopback only by default, no admin endpoints. */
class AccessTest {

    static final String TURTLE = "<https://w3id.org/ai-milestones/resource/intruder> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .";

    @TempDir
    static Path tmp;

    static MilestonesServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        server = MilestonesServer.start(ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(tmp.resolve("project"))))
                .port(0).allowUpdate(true).passwordFile(passwords).build());
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void writesWithoutTheRightLoginAreRefusedAndChangeNothing() {
        long before = server.triples();
        // unreadable Basic credentials are a 400; other schemes and no login a 401; wrong logins a 401 until the
        // address has failed too often, then a 429 (BrowserSafetyTest has the back-off itself)
        List<String> logins = List.of("", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:wrong".getBytes()),
                "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:s3cret".getBytes()), "Basic !!!notbase64",
                "Basic ", "Bearer s3cret", "Digest username=\"editor\"");
        for (String login : logins) {
            List<HttpRequest.Builder> writes = List.of(
                    Http.request(base + "ai-milestones/update").header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { " + TURTLE.replace(" .", "") + " }")),
                    Http.request(base + "ai-milestones/update").header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("update=" + Http.enc("CLEAR ALL"))),
                    Http.request(base + "ai-milestones/data?default").header("Content-Type", "text/turtle")
                            .POST(HttpRequest.BodyPublishers.ofString(TURTLE)),
                    Http.request(base + "ai-milestones/data?default").header("Content-Type", "text/turtle")
                            .PUT(HttpRequest.BodyPublishers.ofString(TURTLE)),
                    Http.request(base + "ai-milestones/data?default").DELETE(),
                    Http.request(base + "ai-milestones/data?default").header("Content-Type", "text/turtle")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString(TURTLE)));
            for (HttpRequest.Builder write : writes) {
                HttpResponse<String> response = Http.send(login.isEmpty() ? write : write.header("Authorization", login));
                if (login.equals("Basic !!!notbase64") || login.equals("Basic ")) {
                    assertPlainError(response, 400, "the Authorization header is not valid Basic credentials");
                } else if (login.startsWith("Basic ") && response.statusCode() == 429) {
                    assertTrue(response.headers().firstValue("Retry-After").isPresent(), login);
                } else {
                    assertEquals(401, response.statusCode(), login + " " + response.body());
                    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
                }
            }
        }
        assertEquals(before, server.triples(), "nothing changed");
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assertEquals(List.of("127.0.0.1"), server.boundHosts());
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
        }
        try (Socket other = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> other.connect(new InetSocketAddress("127.0.0.2", server.port()), 2000),
                    "another loopback address is not listened on");
        }
    }

    @Test
    void noAdminEndpointsButPingAndServer() {
        for (String path : List.of("$/datasets", "$/datasets/ai-milestones", "$/backup/ai-milestones", "$/backups/list", "$/compact/ai-milestones",
                "$/stats", "$/stats/ai-milestones", "$/metrics", "$/tasks", "$/logs", "$/sleep", "$/reload", "$/status",
                "$/backups-list", "$/server/../datasets")) {
            int get = Http.get(base + path, null).statusCode();
            int post = Http.post(base + path, "application/x-www-form-urlencoded", "dbName=x&dbType=mem", "*/*")
                    .statusCode();
            assertTrue(get == 404 || get == 405, path + " GET answered " + get);
            assertTrue(post == 404 || post == 405, path + " POST answered " + post);
        }
        assertEquals(200, Http.get(base + "$/ping", null).statusCode());
        assertEquals(200, Http.get(base + "$/server", null).statusCode());
        assertPlainError(Http.post(base + "$/server", "text/plain", "", "*/*"), 405, "takes GET, HEAD, OPTIONS");
        assertPlainError(Http.send(Http.request(base + "$/ping").DELETE()), 405, "Method not allowed");
    }
}
