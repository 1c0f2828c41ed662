package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server as `ai-milestones serve --allow-update` starts it, seen as a browser would use it, over real HTTP: security
 * headers on every route, CORS per endpoint (with and without --cors-origin), writes from other origins or sites
 * refused before any login is checked, text/plain bodies refused on writes, every SPARQL 1.1 Protocol form still
 * working for clients that send no Origin, malformed Basic credentials answered with this server's message, and failed
 * logins paid for with a back-off.
 */
class BrowserSafetyTest {

    static final String FRIEND = "http://friend.example:8080";
    static final String EVIL = "http://evil.example";
    static final String INTRUDER = "urn:example:intruder";
    static final String INSERT = "INSERT DATA { <" + INTRUDER + "> <urn:example:p> \"written\" }";
    static final String TRIPLE = "<" + INTRUDER + "> <urn:example:p> \"written\" .";

    @TempDir
    static Path tmp;

    /** With --cors-origin FRIEND. */
    static ServeThread listed;
    /** With updates but no --cors-origin. */
    static ServeThread unlisted;
    /** Read-only, as by default. */
    static ServeThread readOnly;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        listed = new ServeThread("--allow-update", "--password-file", passwords.toString(), "--cors-origin", FRIEND);
        unlisted = new ServeThread("--allow-update", "--password-file", passwords.toString());
        readOnly = new ServeThread();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServeThread serve : new ServeThread[] {listed, unlisted, readOnly}) {
            if (serve != null) {
                serve.close();
            }
        }
    }

    static String login(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static final String EDITOR = login("editor", "s3cret");

    /** @return the request with name, value header pairs (a null value: no such header) */
    static HttpRequest.Builder with(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return request;
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static boolean intruderPresent(ServeThread serve) {
        HttpResponse<String> ask = Http.get(serve.url() + "ai-milestones/sparql?query="
                + Http.enc("ASK { <" + INTRUDER + "> ?p ?o }"), "text/csv");
        assertEquals(200, ask.statusCode(), ask.body());
        return ask.body().contains("true");
    }

    static void removeIntruder(ServeThread serve) {
        HttpResponse<String> r = Http.send(Http.request(serve.url() + "ai-milestones/update")
                .header("Authorization", EDITOR).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DELETE WHERE { <" + INTRUDER + "> ?p ?o }")));
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    }

    /**
     * Every write the protocols have, in an order in which each succeeds with the right login: Graph Store PUT, POST,
     * multipart POST and DELETE of one graph, then SPARQL Update as a form and as a body.
     */
    static List<Map.Entry<String, HttpRequest.Builder>> writes(ServeThread serve) {
        String update = serve.url() + "ai-milestones/update";
        String data = serve.url() + "ai-milestones/data?graph=" + Http.enc("urn:example:g");
        return List.of(
                Map.entry("GSP PUT", Http.request(data).header("Content-Type", "application/n-triples")
                        .PUT(HttpRequest.BodyPublishers.ofString(TRIPLE))),
                Map.entry("GSP POST", Http.request(data).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(TRIPLE))),
                Map.entry("GSP multipart", Http.request(data).header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"f\";"
                                + " filename=\"x.nt\"\r\nContent-Type: application/n-triples\r\n\r\n" + TRIPLE
                                + "\r\n--b--\r\n"))),
                Map.entry("GSP DELETE", Http.request(data).DELETE()),
                Map.entry("update form", Http.request(update).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + Http.enc(INSERT)))),
                Map.entry("update body", Http.request(update).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT))));
    }

    // ---- security headers ----

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "GET    | /                                         |                                       | 200",
        "HEAD   | /                                         |                                       | 200",
        "GET    | /search?q=alexnet                         |                                       | 200",
        "GET    | /search?q=alexnet&format=json             |                                       | 200",
        "GET    | /query                                    |                                       | 200",
        "GET    | /timeline                                 |                                       | 200",
        "GET    | /graph                                    |                                       | 200",
        "GET    | /api/queries                              |                                       | 200",
        "GET    | /assets/common.js                         |                                       | 200",
        "GET    | /webjars/echarts/5.3.1/dist/echarts.min.js |                                      | 200",
        "GET    | /webjars/echarts/echarts.min.js           |                                       | 200",
        "GET    | /webjars/codemirror/lib/codemirror.js     |                                       | 200",
        "GET    | /webjars/echarts/4.0.0/dist/echarts.min.js |                                      | 404",
        "GET    | /assets/milestones.css                    |                                       | 200",
        "GET    | /page/alexnet                             |                                       | 200",
        "GET    | /page/no-such-thing                       |                                       | 404",
        "GET    | /resource/alexnet                         |                                       | 303",
        "GET    | /data/alexnet.ttl                         |                                       | 200",
        "GET    | /ontology                                 |                                       | 303",
        "GET    | /ontology.html                            |                                       | 200",
        "GET    | /shapes.ttl                               |                                       | 200",
        "GET    | /.well-known/void                         |                                       | 200",
        "GET    | /dataset                                  |                                       | 303",
        "GET    | /dumps/ai-milestones.ttl                  |                                       | 200",
        "GET    | /sitemap.xml                              |                                       | 200",
        "GET    | /robots.txt                               |                                       | 200",
        "GET    | /$/ping                                   |                                       | 200",
        "GET    | /$/server                                 |                                       | 200",
        "GET    | /ai-milestones/sparql                     |                                       | 200",
        "GET    | /ai-milestones/sparql?query=ASK%7B%7D     |                                       | 200",
        "GET    | /ai-milestones/sparql?query=ASK%7B        |                                       | 400",
        "GET    | /ai-milestones/get?default                |                                       | 200",
        "GET    | /ai-milestones/data?default               |                                       | 401",
        "POST   | /ai-milestones/update                     |                                       | 401",
        "POST   | /ai-milestones/update                     | Origin=http://evil.example            | 403",
        "POST   | /ai-milestones/update                     | Content-Type=text/plain               | 415",
        "GET    | /ai-milestones/sparql?query=ASK%7B%7D     | Authorization=Basic  x                | 400",
        "OPTIONS| /ai-milestones/sparql                     | Origin=http://evil.example            | 204",
        "OPTIONS| /ai-milestones/update                     | Origin=http://evil.example            | 403",
        "GET    | /no/such/path                             |                                       | 404",
        "DELETE | /                                         |                                       | 405",
        "GET    | /assets/../../etc/passwd                  |                                       | 400",
    })
    void securityHeadersOnEveryRoute(String method, String path, String header, int status) {
        HttpRequest.Builder request = Http.request(listed.url() + path.substring(1))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("update=" + Http.enc(INSERT))
                        : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (method.equals("OPTIONS")) {
            request.header("Access-Control-Request-Method", "POST");
        }
        if (header != null) {
            String[] pair = header.split("=", 2);
            request.setHeader(pair[0], pair[1]);
        }
        HttpResponse<String> response = Http.send(request);
        assertEquals(status, response.statusCode(), response.body());
        assertSecurityHeaders(response.headers().map(), method + " " + path);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }

    static void assertSecurityHeaders(Map<String, List<String>> headers, String what) {
        Map<String, String> expected = Map.of(
                "content-security-policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                        + " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
                        + " frame-ancestors 'none'",
                "x-content-type-options", "nosniff",
                "x-frame-options", "DENY",
                "referrer-policy", "same-origin");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<String> values = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(e.getKey()))
                    .flatMap(h -> h.getValue().stream()).toList();
            assertEquals(List.of(e.getValue()), values, what + ": " + e.getKey());
        }
    }

    @Test
    void securityHeadersEvenOnRequestsJettyRefusesBeforeAnyHandler() {
        for (String line : List.of("GET /%zz HTTP/1.1", "GET / HTTP/9.9", "GET /" + "x".repeat(600_000) + " HTTP/1.1")) {
            RawHttp.Response response = RawHttp.send(listed.port(),
                    RawHttp.request(line, "", new byte[0]));
            assertTrue(response.status() >= 400 && response.status() < 500, line.substring(0, 12) + ": "
                    + response.status());
            Map<String, List<String>> headers = new java.util.HashMap<>();
            response.headers().forEach((k, v) -> headers.put(k, List.of(v)));
            assertSecurityHeaders(headers, line.substring(0, 12));
        }
    }

    @Test
    void securityHeadersOnNotModifiedAnswers() {
        for (String path : List.of("ai-milestones/sparql?query=ASK%7B%7D", "dumps/ai-milestones.nt", "data/alexnet.ttl")) {
            HttpResponse<String> first = Http.get(listed.url() + path, null);
            String etag = header(first, "ETag");
            HttpResponse<String> again = Http.send(Http.request(listed.url() + path).header("If-None-Match", etag));
            assertEquals(304, again.statusCode(), path);
            assertSecurityHeaders(again.headers().map(), "304 " + path);
            assertEquals("*", header(again, "Access-Control-Allow-Origin"), path);
        }
    }

    // ---- CORS ----

    @ParameterizedTest(name = "{0} {1} from {2}")
    @CsvSource(delimiter = '|', value = {
        // method | path                                  | origin                     | login | ACAO                       | credentials
        "GET      | /ai-milestones/sparql?query=ASK%7B%7D | http://evil.example        | no    | *                          | ",
        "GET      | /ai-milestones/sparql?query=ASK%7B%7D | http://evil.example        | yes   | *                          | ",
        "POST     | /ai-milestones/sparql                 | http://evil.example        | no    | *                          | ",
        "GET      | /ai-milestones/get?default            | http://evil.example        | no    | *                          | ",
        "GET      | /                                     | http://evil.example        | no    | *                          | ",
        "GET      | /page/alexnet                         | http://evil.example        | no    | *                          | ",
        "GET      | /dumps/ai-milestones.nt               | http://evil.example        | no    | *                          | ",
        "GET      | /.well-known/void                     | http://evil.example        | no    | *                          | ",
        "GET      | /search?q=alexnet&format=json         | http://evil.example        | no    | *                          | ",
        "GET      | /ai-milestones/data?default           | http://evil.example        | yes   |                            | ",
        "GET      | /ai-milestones/data?default           | http://friend.example:8080 | yes   | http://friend.example:8080 | true",
        "POST     | /ai-milestones/update                 | http://friend.example:8080 | yes   | http://friend.example:8080 | true",
        "POST     | /ai-milestones/update                 | http://evil.example        | yes   |                            | ",
        "GET      | /ai-milestones/update                 | http://evil.example        | yes   |                            | ",
        "GET      | /ai-milestones                        | http://evil.example        | yes   |                            | ",
    })
    void corsPerEndpoint(String method, String path, String origin, String login, String allowOrigin,
            String credentials) {
        for (ServeThread serve : List.of(listed, unlisted)) {
            boolean friendListed = serve == listed;
            HttpRequest.Builder request = Http.request(serve.url() + path.substring(1)).header("Origin", origin);
            if (method.equals("POST")) {
                String body = path.contains("update") ? "update=" + Http.enc("INSERT DATA {}") : "query=ASK%7B%7D";
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            if (login.equals("yes")) {
                request.header("Authorization", EDITOR);
            }
            HttpResponse<String> response = Http.send(request);
            String what = method + " " + path + " from " + origin + (friendListed ? " (listed)" : " (no list)");
            boolean friend = origin.equals(FRIEND);
            String expectedOrigin = friend && !friendListed ? null : allowOrigin;
            assertEquals(expectedOrigin, header(response, "Access-Control-Allow-Origin"), what);
            assertEquals(friend && !friendListed ? null : credentials,
                    header(response, "Access-Control-Allow-Credentials"), what);
            if (expectedOrigin != null) {
                assertTrue(header(response, "Access-Control-Expose-Headers").contains("ETag"), what);
            }
            if (!friendListed && !"*".equals(allowOrigin)) {
                assertTrue(response.headers().allValues("Access-Control-Expose-Headers").isEmpty(), what);
            }
        }
    }

    @Test
    void readOnlyServerOpensEveryRouteToAnyOriginWithoutCredentials() {
        for (String path : List.of("", "ai-milestones/sparql?query=ASK%7B%7D", "page/alexnet", "assets/query.js")) {
            HttpResponse<String> response = Http.send(Http.request(readOnly.url() + path).header("Origin", EVIL)
                    .header("Authorization", EDITOR));
            assertEquals(200, response.statusCode(), path);
            assertEquals("*", header(response, "Access-Control-Allow-Origin"), path);
            assertEquals(null, header(response, "Access-Control-Allow-Credentials"), path);
        }
    }

    @ParameterizedTest(name = "preflight {0} {1} from {2}")
    @CsvSource(delimiter = '|', value = {
        // path                | method | origin                     | listed status | unlisted status | allow origin
        "/ai-milestones/sparql | POST   | http://evil.example        | 204 | 204 | *",
        "/ai-milestones/sparql | POST   | http://friend.example:8080 | 204 | 204 | *",
        "/page/alexnet         | GET    | http://evil.example        | 204 | 204 | *",
        "/ai-milestones/update | POST   | http://evil.example        | 403 | 403 | ",
        "/ai-milestones/update | POST   | http://friend.example:8080 | 204 | 403 | http://friend.example:8080",
        "/ai-milestones/data   | PUT    | http://friend.example:8080 | 204 | 403 | http://friend.example:8080",
        "/ai-milestones/data   | GET    | http://evil.example        | 403 | 403 | ",
    })
    void preflights(String path, String method, String origin, int listedStatus, int unlistedStatus,
            String allowOrigin) {
        for (ServeThread serve : List.of(listed, unlisted)) {
            HttpResponse<String> response = Http.send(Http.request(serve.url() + path.substring(1))
                    .header("Origin", origin).header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "content-type, authorization")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            boolean isListed = serve == listed;
            int status = isListed ? listedStatus : unlistedStatus;
            String what = "OPTIONS " + path + " from " + origin + (isListed ? " (listed)" : " (no list)");
            assertEquals(status, response.statusCode(), what + ": " + response.body());
            if (status == 204) {
                assertEquals(allowOrigin, header(response, "Access-Control-Allow-Origin"), what);
                assertTrue(header(response, "Access-Control-Allow-Methods").contains(method), what);
                boolean credentialed = !"*".equals(allowOrigin);
                assertEquals(credentialed ? "true" : null, header(response, "Access-Control-Allow-Credentials"), what);
                assertEquals(credentialed, header(response, "Access-Control-Allow-Headers").contains("Authorization"),
                        what);
            } else {
                assertEquals(null, header(response, "Access-Control-Allow-Origin"), what);
                assertTrue(response.body().startsWith("Cross-origin request refused: pages from " + origin), what);
                assertTrue(response.body().contains(isListed ? "--cors-origin may." : "--cors-origin may (none are)."),
                        response.body());
            }
        }
    }

    // ---- writes from other origins and sites ----

    @Test
    void writesFromOtherOriginsOrSitesAre403BeforeAnyLoginAndChangeNothing() {
        String own = listed.url().replaceAll("/$", "");
        String otherOrigin = "Cross-origin write refused: a page from ";
        String otherSite = "Cross-site write refused: the browser says this request comes from another site";
        List<String[]> refused = List.of( // Origin, Sec-Fetch-Site, the refusal
                new String[] {EVIL, null, otherOrigin + EVIL + " may not write to this server."},
                new String[] {EVIL, "cross-site", otherOrigin + EVIL + " may not write to this server."},
                new String[] {"null", "cross-site", otherOrigin + "null may not write to this server."},
                new String[] {"http://127.0.0.1:1", "same-site", otherOrigin + "http://127.0.0.1:1 may not write"},
                new String[] {"https://" + own.substring("http://".length()), null, otherOrigin + "https://"},
                new String[] {null, "cross-site", otherSite + " (Sec-Fetch-Site: cross-site)."},
                new String[] {null, "same-site", otherSite + " (Sec-Fetch-Site: same-site)."},
                new String[] {own, "same-site", otherSite + " (Sec-Fetch-Site: same-site)."});
        for (String[] from : refused) {
            for (String login : new String[] {EDITOR, null}) {
                for (Map.Entry<String, HttpRequest.Builder> write : writes(listed)) {
                    HttpResponse<String> response = Http.send(with(write.getValue(), "Origin", from[0],
                            "Sec-Fetch-Site", from[1], "Authorization", login));
                    String what = write.getKey() + " from " + from[0] + " " + from[1]
                            + (login == null ? " anonymous" : " with the right login");
                    assertEquals(403, response.statusCode(), what);
                    assertTrue(response.body().startsWith(from[2]), what + ": " + response.body());
                    assertEquals(null, header(response, "WWW-Authenticate"), "refused before any login: " + what);
                    assertEquals(null, header(response, "Access-Control-Allow-Origin"), what);
                }
            }
        }
        assertFalse(intruderPresent(listed), "nothing was written");
        HttpResponse<String> graph = Http.send(Http.request(listed.url() + "ai-milestones/data?graph="
                + Http.enc("urn:example:g")).header("Authorization", EDITOR));
        assertEquals(404, graph.statusCode(), "no graph was made: " + graph.body());
    }

    @Test
    void ownOriginAndListedOriginsMayWrite() {
        String own = listed.url().replaceAll("/$", "");
        List<String[]> allowed = List.of( // Origin, Sec-Fetch-Site
                new String[] {own, "same-origin"},
                new String[] {own, null},
                new String[] {FRIEND, "cross-site"},
                new String[] {FRIEND, "same-site"},
                new String[] {"HTTP://Friend.Example:8080", "cross-site"},
                new String[] {null, "same-origin"},
                new String[] {null, "none"});
        for (String[] from : allowed) {
            for (Map.Entry<String, HttpRequest.Builder> write : writes(listed)) {
                HttpResponse<String> response = Http.send(with(write.getValue(), "Origin", from[0],
                        "Sec-Fetch-Site", from[1], "Authorization", EDITOR));
                String what = write.getKey() + " from " + from[0] + " " + from[1];
                assertTrue(response.statusCode() < 300, what + ": " + response.statusCode() + " " + response.body());
                boolean friend = from[0] != null && from[0].equalsIgnoreCase(FRIEND);
                assertEquals(friend ? from[0] : null, header(response, "Access-Control-Allow-Origin"), what);
            }
        }
        assertTrue(intruderPresent(listed));
        removeIntruder(listed);
    }

    @Test
    void textPlainBodiesOnWritesAre415() {
        for (ServeThread serve : List.of(listed, unlisted)) {
            for (String path : List.of("ai-milestones/update", "ai-milestones/data?default", "ai-milestones/data?graph="
                    + Http.enc("urn:example:g"))) {
                for (String type : List.of("text/plain", "text/plain; charset=utf-8", "TEXT/PLAIN")) {
                    for (String method : List.of("POST", "PUT")) {
                        HttpResponse<String> response = Http.send(Http.request(serve.url() + path)
                                .header("Authorization", EDITOR).header("Content-Type", type)
                                .method(method, HttpRequest.BodyPublishers.ofString(path.contains("update")
                                        ? INSERT : TRIPLE)));
                        assertEquals(415, response.statusCode(), method + " " + path + " " + type);
                        assertTrue(response.body().startsWith("Unsupported media type: text/plain bodies are"
                                + " refused on write endpoints"), response.body());
                    }
                }
            }
            assertFalse(intruderPresent(serve));
        }
    }

    @Test
    void clientsWithoutOriginKeepEveryProtocolForm() {
        for (Map.Entry<String, HttpRequest.Builder> write : writes(unlisted)) {
            HttpResponse<String> response = Http.send(write.getValue().header("Authorization", EDITOR));
            assertTrue(response.statusCode() < 300, write.getKey() + ": " + response.statusCode() + " "
                    + response.body());
        }
        assertTrue(intruderPresent(unlisted));
        removeIntruder(unlisted);
        String sparql = unlisted.url() + "ai-milestones/sparql";
        String ask = "ASK {}";
        List<HttpResponse<String>> queries = List.of(
                Http.get(sparql + "?query=" + Http.enc(ask), "application/sparql-results+json"),
                Http.postForm(sparql, "query=" + Http.enc(ask), "application/sparql-results+json"),
                Http.post(sparql, "application/sparql-query", ask, "application/sparql-results+json"));
        for (HttpResponse<String> query : queries) {
            assertEquals(200, query.statusCode(), query.body());
            assertTrue(query.body().contains("true"), query.body());
        }
        HttpResponse<String> plain = Http.post(sparql, "text/plain", ask, "application/sparql-results+json");
        assertEquals(415, plain.statusCode(), "a query in text/plain stays the protocol's 4xx: " + plain.body());
    }

    // ---- Basic credentials ----

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Basic  x\"",
        "\"Basic\"",
        "\"Basic \"",
        "\"basic    \"",
        "\"Basic x:y\"",
        "\"Basic !!!notbase64\"",
        "\"Basic ====\"",
        "\"Basic ZWRpdG9y\"",
        "\"Basic ZWRpdG9yOnMzY3JldA== extra\"",
        "\"Basic ZWRpdG9yOnMzY3JldA==,Basic eA==\"",
        "\"Basic /w==\"",
    })
    void malformedBasicCredentialsAre400WithThisServersMessage(String login) {
        for (String path : List.of("ai-milestones/update", "ai-milestones/data?default",
                "ai-milestones/sparql?query=ASK%7B%7D", "page/alexnet", "")) {
            HttpRequest.Builder request = Http.request(listed.url() + path).header("Authorization", login);
            if (path.endsWith("update")) {
                request.header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT));
            }
            HttpResponse<String> response = Http.send(request);
            assertEquals(400, response.statusCode(), path + " [" + login + "]: " + response.body());
            assertEquals("Bad request: the Authorization header is not valid Basic credentials; expected 'Basic '"
                    + " followed by the Base64 of user:password.\n", response.body());
            assertSecurityHeaders(response.headers().map(), login);
        }
        assertFalse(intruderPresent(listed));
    }

    @Test
    void blanksAroundAGoodTokenAndTwoAuthorizationHeadersAreNever500() {
        String token = EDITOR.substring("Basic ".length());
        for (String login : List.of("Basic  " + token, "Basic \t" + token, "BASIC " + token, "Basic " + token + " ")) {
            HttpResponse<String> response = Http.send(Http.request(listed.url() + "ai-milestones/data?graph="
                    + Http.enc("urn:example:nothing")).header("Authorization", login));
            assertEquals(404, response.statusCode(), "[" + login + "] is read as the editor's login: "
                    + response.body());
        }
        HttpResponse<String> two = Http.send(Http.request(listed.url()).header("Authorization", EDITOR)
                .header("Authorization", EDITOR));
        assertEquals(400, two.statusCode());
        assertEquals("Bad request: more than one Authorization header; send one.\n", two.body());
    }

    @Test
    void failedLoginsCostABackOffThenTheRightLoginWorks() throws InterruptedException {
        String data = unlisted.url() + "ai-milestones/data?default";
        HttpRequest.Builder right = Http.request(data).header("Authorization", EDITOR)
                .header("Accept", "application/n-triples");
        assertEquals(200, Http.send(right).statusCode(), "the right login works to begin with");
        for (int i = 1; i <= LoginThrottle.FREE + 1; i++) {
            HttpResponse<String> wrong = Http.send(Http.request(data).header("Authorization", login("editor", "guess" + i)));
            assertEquals(401, wrong.statusCode(), "guess " + i + " is checked");
        }
        HttpResponse<String> waiting = Http.send(Http.request(data).header("Authorization", login("editor", "guess")));
        assertEquals(429, waiting.statusCode());
        assertEquals("1", header(waiting, "Retry-After"));
        assertEquals("Too many failed logins from this address: try again in 1 s.\n", waiting.body());
        assertSecurityHeaders(waiting.headers().map(), "429");
        HttpResponse<String> rightTooSoon = Http.send(right);
        assertEquals(429, rightTooSoon.statusCode(), "during the wait no login is checked, not even the right one");
        assertEquals(200, Http.get(unlisted.url() + "ai-milestones/sparql?query=ASK%7B%7D", null).statusCode(),
                "requests without credentials are served meanwhile");

        Thread.sleep(1100);
        assertEquals(401, Http.send(Http.request(data).header("Authorization", login("editor", "again")))
                .statusCode(), "after the wait the next guess is checked");
        HttpResponse<String> longer = Http.send(right);
        assertEquals(429, longer.statusCode());
        assertEquals("2", header(longer, "Retry-After"), "each further failure doubles the wait");

        Thread.sleep(2100);
        HttpResponse<String> after = Http.send(right);
        assertEquals(200, after.statusCode(), "after the back-off the right login works: " + after.body());
        assertEquals(401, Http.send(Http.request(data).header("Authorization", login("editor", "typo"))).statusCode(),
                "a successful login forgets the failures");
        assertEquals(200, Http.send(right).statusCode());
    }

    @Test
    void failedLoginsAreCountedPerAddressAndByIpv6Network() {
        assertEquals("192.0.2.1", LoginThrottle.key("192.0.2.1"));
        assertEquals(LoginThrottle.key("2001:db8:1:2:3:4:5:6"), LoginThrottle.key("[2001:db8:1:2:ffff::1]"), "one /64");
        assertFalse(LoginThrottle.key("2001:db8:1:2::1").equals(LoginThrottle.key("2001:db8:1:3::1")), "another /64");
        assertEquals("20010db800010002::/64", LoginThrottle.key("2001:db8:1:2::1"));
    }

    @Test
    void throttleTableIsBoundedAndForgets() {
        long[] now = {0};
        LoginThrottle throttle = new LoginThrottle(100, () -> now[0]);
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("10.0." + (i / 256) + "." + (i % 256));
        }
        assertEquals(100, throttle.size(), "at most the capacity is remembered");
        for (int i = 0; i < 20; i++) {
            throttle.failed("192.0.2.7");
        }
        assertEquals(LoginThrottle.MAX_WAIT, throttle.waitFor("192.0.2.7"), "the wait stops growing at its maximum");
        now[0] += LoginThrottle.MAX_WAIT.toNanos();
        assertEquals(java.time.Duration.ZERO, throttle.waitFor("192.0.2.7"));
        throttle.failed("192.0.2.7");
        assertEquals(LoginThrottle.MAX_WAIT, throttle.waitFor("192.0.2.7"), "still counted after the wait");
        now[0] += LoginThrottle.FORGET.toNanos() + 1;
        throttle.failed("192.0.2.7");
        assertEquals(java.time.Duration.ZERO, throttle.waitFor("192.0.2.7"), "forgotten after a quiet while");
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            throttle.failed("192.0.2.8");
        }
        assertEquals(java.time.Duration.ZERO, throttle.waitFor("192.0.2.8"), "the first failures are free");
        throttle.failed("192.0.2.8");
        assertEquals(LoginThrottle.FIRST_WAIT, throttle.waitFor("192.0.2.8"));
        throttle.succeeded("192.0.2.8");
        assertEquals(java.time.Duration.ZERO, throttle.waitFor("192.0.2.8"), "a login forgets the failures");
    }
}
