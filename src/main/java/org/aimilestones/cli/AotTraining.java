package org.aimilestones.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Build step, not a command for users: the training run of the AOT cache. Runs {@code ai-milestones serve} on a free port,
 * asks it what a first visitor asks (a query in each result format, a malformed one, a resource page, a search, the
 * landing page) and stops it. {@link AotCache} runs it with {@code -XX:AOTCacheOutput}, so the JVM keeps the classes it
 * loaded and the profiles of the methods it ran; {@code bin/ai-milestones} then starts with them.
 */
public final class AotTraining {

    private static final String SELECT =
            "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s LIMIT 5";
    private static final String CONSTRUCT = "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5";
    private static final List<String> ACCEPTS = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");

    private AotTraining() {}

    public static void main(String[] args) throws Exception {
        int port = freePort();
        StringWriter out = new StringWriter();
        Thread server = new Thread(() -> Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute("serve", "--port", Integer.toString(port)), "ai-milestones-serve");
        server.start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        waitForServer(http, base + "/$/ping", server);
        for (String accept : ACCEPTS) {
            get(http, base + "/ai-milestones/sparql?query=" + encode(SELECT), accept);
        }
        get(http, base + "/ai-milestones/sparql?query=" + encode("ASK {}"), ACCEPTS.get(0));
        get(http, base + "/ai-milestones/sparql?query=" + encode(CONSTRUCT), "text/turtle");
        get(http, base + "/ai-milestones/sparql?query=" + encode("SELECT * WHERE {"), ACCEPTS.get(0));
        for (String path : List.of("/", "/resource/alexnet", "/page/alexnet", "/data/alexnet.ttl",
                "/search?q=AlexNet", "/search?q=" + encode("商汤"), "/ontology.html", "/.well-known/void", "/timeline",
                "/query", "/resource/no-such-thing")) {
            get(http, base + path, "text/html");
        }
        server.interrupt();
        server.join();
        System.out.println("AOT training: served " + (ACCEPTS.size() + 14) + " requests on port " + port);
    }

    private static void waitForServer(HttpClient http, String ping, Thread server) throws InterruptedException {
        for (int i = 0; i < 600 && server.isAlive(); i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(ping)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("ai-milestones serve did not start");
    }

    private static void get(HttpClient http, String url, String accept) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
