package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@link WriteRateHandler} on a real Jetty server answering 32 MB in 32 KB writes, with a rate of 1 MB/s after 1 s and
 * no idle timeout to help: a client that reads 1 KB every 100 ms (never idle, far too slow) is cut (seen on the server side:
 * the kernel still delivers what it holds); one that reads as fast as it can gets everything, and so does a response
 * the server is slow to compute.
 */
@Isolated // times transfer rates: nothing else may run beside it
class WriteRateHandlerTest {

    static final int SIZE = 32 << 20;
    static final DataRate RATE = new DataRate(1 << 20, Duration.ofSeconds(1));

    Server server;
    int port;
    /** Completed with how the handler's writing ended: null when all was written, else the failure. */
    final CompletableFuture<Throwable> ended = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        server.addConnector(connector);
        server.setHandler(new WriteRateHandler(RATE, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                boolean slowServer = request.getHttpURI().getPath().equals("/slow");
                response.getHeaders().put("Content-Length", SIZE);
                try (OutputStream out = Content.Sink.asOutputStream(response)) {
                    byte[] block = new byte[32 << 10];
                    for (int sent = 0; sent < SIZE; sent += block.length) {
                        out.write(block);
                        if (slowServer && sent < (1 << 20)) {
                            Thread.sleep(100); // computing, not waiting on the client: 3.2 s in all
                        }
                    }
                    ended.complete(null);
                    callback.succeeded();
                } catch (IOException cut) {
                    ended.complete(cut);
                    callback.failed(cut);
                }
                return true;
            }
        }));
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    /** @return the bytes read (head included) until the server closed, reading chunk bytes every pauseMillis */
    long read(String path, int chunk, long pauseMillis) throws IOException, InterruptedException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(8192);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[chunk];
            long total = 0;
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    total += n;
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            } catch (IOException reset) {
                return total;
            }
            return total;
        }
    }

    @Test
    void aTricklingReaderIsCut() throws Exception {
        long start = System.nanoTime();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                read("/", 1024, 100); // 10 KB/s: never idle, far below 1 MB/s
            } catch (IOException | InterruptedException e) {
                // the test ends it
            }
        });
        Throwable cut = ended.get(30, TimeUnit.SECONDS); // the server side: the kernel still holds what was sent
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertNotNull(cut, "the response was cut");
        assertTrue(seconds < 30, "cut in " + seconds + " s");
        reader.interrupt();
    }

    @Test
    void aFastReaderGetsEverything() throws Exception {
        assertTrue(read("/", 1 << 16, 0) > SIZE);
        assertNull(ended.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aSlowServerIsNotTheClientsFault() throws Exception {
        assertTrue(read("/slow", 1 << 16, 0) > SIZE);
        assertNull(ended.get(30, TimeUnit.SECONDS));
    }

    @Test
    void theRateIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new DataRate(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DataRate(1, Duration.ofSeconds(-1)));
        assertEquals(Duration.ofSeconds(6).toNanos(), DataRate.DEFAULT.dueNanos(1024));
    }
}
