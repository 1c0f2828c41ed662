package org.aimilestones.server;

import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.testing.Cpu;
import org.aimilestones.testing.Fixture;
import org.aimilestones.testing.Http;
import org.aimilestones.web.WebModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Slow clients cannot take the server offline: 100 connections sending a body one byte every 4 s and 100 that ask
 * for a large answer or a dump and never read it, all open at once, leave / and queries answering; the slow bodies
 * end with 408 (or a closed connection), the stalled readers with a closed connection.
 */
@Isolated // bounds the server's CPU time (testing/Cpu): nothing else may run beside it
class SlowClientsTest {

    static final int SLOW = 100;
    /**
     * Shorter than the server's default (20 s), so that the test waits less for the stalled readers to be cut; longer
     * than the 5-s grace of the body rate, which must cut a stopped body first.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;

    static MilestonesServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        GraphSource source = GraphSource.bundled();
        server = MilestonesServer.start(ServerConfig.builder().source(source).port(0).idleTimeout(IDLE_TIMEOUT)
                .module(served -> new WebModule(() -> served, new NamedQueries(source))).build());
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Socket open(int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        return socket;
    }

    /** A POST announcing 100,000 bytes of query and sending the first one. */
    static Socket slowBody() throws IOException {
        Socket socket = open(0);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /ai-milestones/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 100000\r\n\r\nS").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    /** A GET of path from a client with a tiny receive buffer that never reads. */
    static Socket stalledReader(String path) throws IOException {
        Socket socket = open(1024);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** @return the status line of what the server sent, or "closed" if it closed without a response */
    static String ending(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        InputStream in = socket.getInputStream();
        byte[] head = new byte[12];
        int n = 0;
        try {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) >= 0;) {
                n += r;
            }
            if (n == 0) {
                return "closed";
            }
            in.transferTo(OutputStream.nullOutputStream()); // to the end: the server closes
            return new String(head, 0, n, StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException stillOpen) {
            return "open after " + within.toSeconds() + " s";
        } catch (IOException reset) {
            return n == 0 ? "closed" : new String(head, 0, n, StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void slowBodiesAndStalledReadersLeaveTheServerAnswering() throws Exception {
        List<Socket> bodies = new ArrayList<>();
        List<Socket> readers = new ArrayList<>();
        AtomicBoolean dribbling = new AtomicBoolean(true);
        try {
            String bigAnswer = "/ai-milestones/sparql?query=" + enc("SELECT * { ?s ?p ?o }");
            for (int i = 0; i < SLOW; i++) {
                bodies.add(slowBody());
                readers.add(stalledReader(i % 2 == 0 ? bigAnswer : "/dumps/ai-milestones-inferred.nt"));
            }
            Thread dribbler = Thread.ofVirtual().start(() -> {
                while (dribbling.get()) {
                    for (Socket socket : bodies) {
                        try {
                            socket.getOutputStream().write('S');
                        } catch (IOException closedByServer) {
                            // ended by the server: what is expected
                        }
                    }
                    try {
                        Thread.sleep(4000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long cpuBefore = Cpu.javaThreadsNanos();
            long wallBefore = System.nanoTime();
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                HttpResponse<String> landing = Http.get(base, "text/html");
                assertEquals(200, landing.statusCode(), landing.body());
                HttpResponse<String> ask = Http.get(base + "ai-milestones/sparql?query=" + enc("ASK { ?s ?p ?o }")
                        + "&round=" + round, "application/sparql-results+json");
                assertEquals(200, ask.statusCode(), ask.body());
                assertTrue(ask.body().contains("true"), ask.body());
                long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
                assertTrue(seconds < 10, "round " + round + ": / and a query took " + seconds + " s");
                Thread.sleep(2000);
            }
            long cpu = Cpu.javaThreadsNanos() - cpuBefore;
            long wall = System.nanoTime() - wallBefore;
            assertTrue(cpu < wall, "the slow clients cost " + cpu / 1_000_000 + " ms of CPU in "
                    + wall / 1_000_000 + " ms");
            for (Socket socket : bodies) {
                String end = ending(socket, Duration.ofSeconds(20));
                assertTrue(end.startsWith("HTTP/1.1 408") || end.equals("closed"), end);
            }
            dribbling.set(false);
            dribbler.interrupt();
            // the stalled readers: cut once the idle timeout passes with no progress
            Thread.sleep(IDLE_TIMEOUT.toMillis() + 2000);
            for (Socket socket : readers) {
                String end = ending(socket, Duration.ofSeconds(5));
                assertTrue(!end.startsWith("open"), end);
            }
            HttpResponse<String> after = Http.get(base + "ai-milestones/sparql?query=" + enc("ASK {}"),
                    "application/sparql-results+json");
            assertEquals(200, after.statusCode(), "a normal query right after");
        } finally {
            dribbling.set(false);
            for (Socket socket : bodies) {
                socket.close();
            }
            for (Socket socket : readers) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyThatStopsIsA408NamingTheRate() {
        for (String framing : List.of("Content-Length: 1000\r\n\r\nASK", "Transfer-Encoding: chunked\r\n\r\n3\r\nASK\r\n")) {
            long start = System.nanoTime();
            RawHttp.Response response = RawHttp.send(server.port(), ("POST /ai-milestones/sparql HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n" + framing)
                    .getBytes(StandardCharsets.ISO_8859_1));
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertEquals(408, response.status(), response.body());
            assertTrue(response.body().contains("at least 1024 bytes/s after 5 s"), response.body());
            assertEquals("close", response.headers().get("connection"));
            assertTrue(seconds >= 4 && seconds < 15, "after the grace period: " + seconds + " s");
        }
    }
}
