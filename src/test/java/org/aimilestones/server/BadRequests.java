package org.aimilestones.server;

import org.aimilestones.testing.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/** Bad requests for the fuzz test, from a seeded random generator and fixed lists; each should get a 4xx. */
final class BadRequests {

    /** One request: sent with java.net.http if http is set, else as raw bytes over a socket. */
    record Probe(String label, HttpRequest http, byte[] raw) {}

    /** Every path the server serves (updates on), one of each kind. */
    static final List<String> PATHS = List.of("/ai-milestones/sparql", "/ai-milestones/get", "/ai-milestones/update", "/ai-milestones/data", "/ai-milestones",
            "/.well-known/void", "/dumps/ai-milestones.ttl", "/resource/alexnet", "/page/alexnet", "/data/alexnet.ttl",
            "/ontology", "/ontology.ttl", "/shapes", "/dataset", "/dataset.ttl", "/assets/milestones.css", "/$/ping",
            "/$/server");
    static final List<String> PREFIXES = List.of("/resource/", "/page/", "/data/", "/ontology/", "/dataset/", "/assets/", "/webjars/", "/dumps/", "/ai-milestones/",
            "/ai-milestones/sparql/", "/ai-milestones/get/", "/ai-milestones/data/", "/.well-known/", "/$/");
    static final List<String> TRAVERSALS = List.of("../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%252e%252e%252f%252e%252e%252fetc%252fpasswd", "..;/..;/..;/..;/etc/passwd",
            "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "..\\..\\..\\..\\etc\\passwd",
            "..%5c..%5c..%5c..%5cetc%5cpasswd", "etc/passwd%00", "%00/../../../../etc/passwd",
            ".%2e/.%2e/.%2e/.%2e/etc/passwd", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", "x/../../../../../etc/passwd",
            "..//..//..//..//etc/passwd", "%2e%2e%5c%2e%2e%5c%2e%2e%5cetc%5cpasswd", "..%00/..%00/etc/passwd",
            ";/../../../../etc/passwd", "%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "..%252f..%252f..%252fetc%252fpasswd");
    static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "MKCOL", "LOCK",
            "COPY", "FOO", "G3T", "get", "BREW");
    static final List<String> BAD_ACCEPT = List.of("image/png", "application/x-nonsense", "text/csv;q=0",
            "*/*;q=0", "application/sparql-results+json;q=0, */*;q=0", "garbage", ";;;,,,", "text/", "/json",
            "*/csv", "text/csv;q=abc", "text/csv;q=-1", "text/csv;q=2", "\u00e9\u00e8/\u00e0", "a/b;c=\"unclosed",
            "application/json;;;;q=", ",", "text/turtle, text/turtle;q=0");
    static final List<String> BAD_CONTENT_TYPE = List.of("text/turtle", "application/json", "image/png",
            "garbage", "multipart/form-data; boundary=", "application/sparql-update", ";", "text/plain; charset=nonsense",
            "application/sparql-query; charset=ISO-8859-1; charset=UTF-16", "application/x-www-form-urlencoded; charset=x");
    static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});

    /** The seeds the fuzz test runs with. */
    static final long[] SEEDS = {20_140_126L, 20_261_204L, 4_096L};
    /** The login the fuzz test's server accepts for updates (so that updates reach the parser and its bounds). */
    static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
    private final Random random;
    private final String base;
    private final long maxBody;
    private final List<String> queries;
    private final List<Probe> probes = new ArrayList<>();

    /** @param base the server's URL, ending in "/"; @param maxBody its --max-body; @param seed of the generator */
    BadRequests(String base, long maxBody, long seed) {
        this.random = new Random(seed);
        this.base = base.substring(0, base.length() - 1);
        this.maxBody = maxBody;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            this.queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().map(BadRequests::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return all probes, in a fixed order */
    List<Probe> all() {
        probes.clear();
        malformedQueries(400);
        nesting(120);
        oversized();
        badHeaders();
        badUtf8();
        oddMethods();
        traversals();
        badParameters();
        return List.copyOf(probes);
    }

    /**
     * Queries nested past the server's bounds (QueryBounds): groups, parentheses, operator chains, NOT EXISTS,
     * subqueries, OPTIONAL and UNION, each from just past the bound to far past it; every one a 400 (or a 413 when
     * longer than the body limit), never a 500 or a stack overflow.
     */
    private void nesting(int count) {
        for (int i = 0; i < count; i++) {
            int depth = switch (random.nextInt(3)) {
                case 0 -> 65 + random.nextInt(60);
                case 1 -> 65 + random.nextInt(500);
                default -> 1000 + random.nextInt(5000);
            };
            String query = switch (i % 7) {
                case 0 -> "SELECT * WHERE " + "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
                case 1 -> "ASK { FILTER(" + "(".repeat(depth) + "true" + ")".repeat(depth) + ") }";
                case 2 -> "ASK { FILTER(true" + " && true".repeat(depth * 4) + ") }";
                case 3 -> "ASK { " + "FILTER(NOT EXISTS { ".repeat(depth) + "FILTER(true)" + " })".repeat(depth) + " }";
                case 4 -> "SELECT * WHERE { " + "{ SELECT * WHERE { ".repeat(depth) + "?s ?p ?o" + " } }".repeat(depth)
                        + " }";
                case 5 -> "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(depth) + "}".repeat(depth) + " }";
                default -> "SELECT * WHERE { ?s ?p ?o FILTER(?o = 1" + " + 1".repeat(depth * 4) + ") }";
            };
            switch (random.nextInt(4)) {
                case 0 -> http("nesting GET", get("/ai-milestones/sparql?query=" + Http.enc(query), randomAccept()));
                case 1 -> http("nesting form", form("/ai-milestones/sparql", "query=" + Http.enc(query)));
                case 2 -> http("nesting body", post("/ai-milestones/sparql", "application/sparql-query", bytes(query)));
                default -> http("nesting update", request("/ai-milestones/update").header("Authorization", EDITOR)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(asUpdate(query)))).build());
            }
        }
    }

    /** @return the update that inserts a triple WHERE query's pattern holds (its part from the first "{") */
    private static String asUpdate(String query) {
        return "INSERT { <http://example.org/fuzz> <http://example.org/p> 1 } WHERE " + query.substring(query.indexOf('{'));
    }

    private void malformedQueries(int count) {
        while (count > 0) {
            String query = queries.get(random.nextInt(queries.size()));
            String bad = random.nextBoolean() ? query.substring(0, random.nextInt(query.length())) : swapTokens(query);
            if (parses(bad)) {
                continue;
            }
            count--;
            switch (count % 3) {
                case 0 -> http("malformed GET", get("/ai-milestones/sparql?query=" + Http.enc(bad), randomAccept()));
                case 1 -> http("malformed form", form("/ai-milestones/sparql", "query=" + Http.enc(bad)));
                default -> http("malformed body", post("/ai-milestones/sparql", "application/sparql-query", bytes(bad)));
            }
        }
    }

    private void oversized() {
        for (int i = 0; i < 40; i++) {
            String big = queries.get(i % queries.size()) + "\n#" + "x".repeat((int) maxBody + random.nextInt(50_000));
            byte[] body = bytes(big);
            switch (i % 4) {
                case 0 -> http("oversized body", post("/ai-milestones/sparql", "application/sparql-query", body));
                case 1 -> http("oversized form", form("/ai-milestones/sparql", "query=" + Http.enc(big)));
                case 2 -> http("oversized chunked body", request("/ai-milestones/sparql").header("Content-Type",
                        "application/sparql-query").POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body))).build());
                default -> http("oversized GET", get("/ai-milestones/sparql?query=" + Http.enc(big), null));
            }
        }
        http("oversized update", post("/ai-milestones/update", "application/sparql-update", bytes("#" + "x".repeat((int) maxBody))));
        http("oversized upload", post("/ai-milestones/data?default", "text/turtle", bytes("#" + "x".repeat((int) maxBody))));
    }

    private void badHeaders() {
        for (String accept : BAD_ACCEPT) {
            for (String path : List.of("/ai-milestones/sparql?query=" + Http.enc(truncated()), "/ai-milestones/get?graph=nonesuch",
                    "/resource/nonesuch", "/ai-milestones/sparql?query=" + Http.enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1"))) {
                raw("bad Accept " + accept, "GET " + path + " HTTP/1.1", "Accept: " + accept + "\r\n", new byte[0]);
            }
        }
        for (String type : BAD_CONTENT_TYPE) {
            for (String path : List.of("/ai-milestones/sparql", "/ai-milestones/update", "/ai-milestones/data?default", "/ai-milestones/get?default")) {
                raw("bad Content-Type", "POST " + path + " HTTP/1.1", "Content-Type: " + type + "\r\n",
                        bytes("SELECT * WHERE { ?s ?p ?o } LIMIT 1"));
            }
        }
        for (int i = 0; i < 24; i++) {
            String name = List.of("X-Junk", "Accept", "Cookie", "Referer", "User-Agent", "Authorization").get(i % 6);
            String path = PATHS.get(i % PATHS.size());
            raw("huge header", "GET " + path + " HTTP/1.1", name + ": " + "a".repeat(600_000 + i) + "\r\n", new byte[0]);
        }
    }

    private void badUtf8() {
        for (byte[] bad : BAD_UTF8) {
            byte[] body = concat(bytes("SELECT * WHERE { ?s ?p \""), bad, bytes("\" }"));
            http("invalid UTF-8 body", post("/ai-milestones/sparql", "application/sparql-query", body));
            raw("invalid UTF-8 update", "POST /ai-milestones/update HTTP/1.1", "Content-Type: application/sparql-update\r\n", body);
            String escaped = percent(bad);
            http("invalid UTF-8 query string", get("/ai-milestones/sparql?query=SELECT%20*%20WHERE%20%7B%20" + escaped + "%20%7D", null));
            http("invalid UTF-8 form", form("/ai-milestones/sparql", "query=" + escaped));
            http("invalid UTF-8 parameter name", get("/ai-milestones/sparql?" + escaped + "=1", null));
            raw("invalid UTF-8 path", "GET /resource/" + escaped + " HTTP/1.1", "", new byte[0]);
            raw("raw invalid UTF-8 path", "GET /resource/" + new String(bad, StandardCharsets.ISO_8859_1) + " HTTP/1.1", "", new byte[0]);
            raw("invalid UTF-8 GSP graph", "GET /ai-milestones/get?graph=" + escaped + " HTTP/1.1", "", new byte[0]);
        }
    }

    private void oddMethods() {
        for (String path : PATHS) {
            for (String method : METHODS) {
                raw("method " + method, method + " " + path + " HTTP/1.1", "Content-Type: text/turtle\r\n", bytes("<a> <b> <c> ."));
            }
        }
        for (String line : List.of("GET\t/ai-milestones/sparql HTTP/1.1", "GET /ai-milestones/sparql HTTP/9.9", "GET", "GET /ai-milestones/sparql",
                " GET / HTTP/1.1", "GET /ai-milestones/sparql HTTP/1.1 extra", "\u0000GET / HTTP/1.1", "GET /\u0000 HTTP/1.1",
                "GET http://evil.example/../../etc/passwd HTTP/1.1", "GET * HTTP/1.1", "GET ai-milestones/sparql HTTP/1.1")) {
            raw("broken request line", line, "", new byte[0]);
        }
    }

    private void traversals() {
        for (String prefix : PREFIXES) {
            for (String traversal : TRAVERSALS) {
                raw("traversal", "GET " + prefix + traversal + " HTTP/1.1", "", new byte[0]);
            }
        }
    }

    private void badParameters() {
        String update = Http.enc("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }");
        String select = Http.enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        for (String target : List.of("/ai-milestones/sparql?query=", "/ai-milestones/sparql?query=&query=", "/ai-milestones/sparql?foo=bar",
                "/ai-milestones/sparql?query=" + select + "&update=" + update, "/ai-milestones/sparql?update=" + update,
                "/ai-milestones/sparql?query=" + select + "&query=" + select, "/ai-milestones/sparql?query=%20%20%0A",
                "/ai-milestones/sparql?query=" + select + "&timeout=abc", "/ai-milestones/sparql?foo=bar&format=json",
                "/ai-milestones/sparql?query=" + select + "&default-graph-uri=file:///etc/passwd",
                "/ai-milestones/get?foo=bar", "/ai-milestones/get?graph=", "/ai-milestones/get?default&graph=x", "/ai-milestones/get?graph=%3Cnot%20an%20iri",
                "/ai-milestones/update?update=" + update, "/ai-milestones/data?foo=bar", "/resource/alexnet?format=nonsense",
                "/ontology?format=%00", "/ai-milestones/sparql?query=%", "/ai-milestones/sparql?query=%zz", "/ai-milestones/sparql?=&&=")) {
            if (validUri(target)) {
                http("bad parameters " + target.substring(0, Math.min(80, target.length())), get(target, null));
            } else {
                raw("bad parameters", "GET " + target + " HTTP/1.1", "", new byte[0]);
            }
            raw("bad parameters (POST)", "POST " + target + " HTTP/1.1",
                    "Content-Type: application/x-www-form-urlencoded\r\n", bytes("foo=bar&query="));
        }
    }

    private String truncated() {
        String query = queries.get(random.nextInt(queries.size()));
        return query.substring(0, query.indexOf("WHERE") + 7);
    }

    private String randomAccept() {
        return List.of("text/csv", "application/sparql-results+json", "application/sparql-results+xml", "*/*",
                "text/turtle").get(random.nextInt(5));
    }

    private String swapTokens(String query) {
        List<String> tokens = new ArrayList<>(Arrays.asList(query.split("(?<=\\s)|(?=\\s)")));
        for (int swaps = 1 + random.nextInt(3); swaps > 0; swaps--) {
            int i = random.nextInt(tokens.size());
            int j = random.nextInt(tokens.size());
            String t = tokens.get(i);
            tokens.set(i, tokens.get(j));
            tokens.set(j, t);
        }
        return String.join("", tokens);
    }

    private boolean validUri(String target) {
        try {
            URI.create(base + target);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parses(String query) {
        try {
            QueryFactory.create(query, Syntax.syntaxARQ);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    private HttpRequest.Builder request(String target) {
        return HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30));
    }

    private HttpRequest get(String target, String accept) {
        HttpRequest.Builder request = request(target).GET();
        return (accept == null ? request : request.header("Accept", accept)).build();
    }

    private HttpRequest post(String target, String contentType, byte[] body) {
        return request(target).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest form(String target, String form) {
        return post(target, "application/x-www-form-urlencoded", bytes(form));
    }

    private void http(String label, HttpRequest request) {
        probes.add(new Probe(label, request, null));
    }

    private void raw(String label, String requestLine, String headers, byte[] body) {
        probes.add(new Probe(label + ": " + requestLine.substring(0, Math.min(100, requestLine.length())), null,
                RawHttp.request(requestLine, headers, body)));
    }

    private static String percent(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
