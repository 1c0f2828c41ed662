package org.aimilestones.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What Virtuoso's /sparql-graph-crud-auth does with a Digest PUT it refuses, as bench/push-virtuoso.sh saw it on the
 * wire: "100 Continue", then the connection closes before Java's client reads a status line. A small socket server
 * replays that (Virtuoso itself runs in the bench script, not in the tests): push must tell a refused password
 * (its HEAD with the same credentials gets 401) from a network failure (the HEAD is answered), with Digest and with
 * Basic, and must ask to continue before it sends a body with credentials (a store refusing them then answers before
 * the body; Jetty closing under a Basic PUT's body was once seen as a network failure).
 */
class RefusalAfterContinueTest {

    private static final String CHALLENGE = "WWW-Authenticate: Digest realm=\"test\", nonce=\"n0nce\", qop=\"auth\"";
    private static final Graph GRAPH = SSE.parseGraph("(graph (<urn:x:s> <urn:x:p> 'o'))");

    /** Whether every authorized PUT so far asked to continue ("Expect: 100-continue") before its body. */
    private final AtomicBoolean putsAskedToContinue = new AtomicBoolean(true);

    /** Serves connections until closed: 401 challenges, 100 then a close for an authorized PUT, headStatus for HEAD. */
    private ServerSocket server(int headStatus) throws IOException {
        ServerSocket server = new ServerSocket(0);
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    answer(socket, headStatus);
                } catch (IOException closed) {
                    // the test is over, or the client went away
                }
            }
        }, "virtuoso-like");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    private void answer(Socket socket, int headStatus) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        for (String requestLine = in.readLine(); requestLine != null; requestLine = in.readLine()) {
            boolean authorized = false;
            boolean expectsContinue = false;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                authorized |= header.regionMatches(true, 0, "Authorization:", 0, 14);
                expectsContinue |= header.equalsIgnoreCase("Expect: 100-continue");
            }
            if (!authorized) {
                out.write(("HTTP/1.1 401 Unauthorized\r\n" + CHALLENGE + "\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } else if (requestLine.startsWith("HEAD")) {
                out.write(("HTTP/1.1 " + headStatus + " X\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            } else {
                putsAskedToContinue.compareAndSet(true, expectsContinue);
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            out.flush();
        }
    }

    private PushException push(ServerSocket server, AuthMethod method) {
        GraphStorePush push = new GraphStorePush(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/crud"),
                Optional.of(new Credentials("dba", "wrong")), method);
        PushException e = assertThrows(PushException.class, () -> push.push("urn:x:g", GRAPH));
        assertTrue(putsAskedToContinue.get(), method + ": a PUT with credentials sent its body without asking");
        return e;
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void aRefusedPasswordIsAnAuthenticationFailure(AuthMethod method) throws IOException {
        try (ServerSocket server = server(401)) {
            PushException e = push(server, method);
            assertEquals(PushException.Reason.AUTHENTICATION_FAILED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("authentication failed: "), e.getMessage());
            assertTrue(e.getMessage().contains("refused the credentials of user dba"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void credentialsTheStoreTakesLeaveItANetworkFailure(AuthMethod method) throws IOException {
        try (ServerSocket server = server(200)) {
            PushException e = push(server, method);
            assertEquals(PushException.Reason.CONNECTION_FAILED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot push to "), e.getMessage());
        }
    }
}
