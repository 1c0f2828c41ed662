package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as `serve` starts it answers errors on every route through its one error handler: a browser (Accept
 * naming text/html first) gets the styled page of the one layout, in English and Chinese, with a search box; every
 * other client the plain-text line, and SPARQL clients the protocol's answers as before.
 */
class ErrorPagesTest {

    /** What Chromium sends when it navigates. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    /** Unknown paths of every kind of route. */
    static final List<String> MISSING = List.of("no-such-page", "page/no-such-thing", "resource/no-such-thing",
            "assets/no-such-file.js", "webjars/echarts/no-such-file.js", "webjars/nothing/x.js",
            "ontology/9.9.9.html", "dumps/no-such-dump.ttl", "page/");

    private static ServeThread serve;

    @BeforeAll
    static void start() throws InterruptedException {
        serve = new ServeThread();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        serve.close();
    }

    private static HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = Http.request(serve.url() + path)
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.send(request);
    }

    /** The styled error page: status, both languages, a search box, the layout's header and footer, no trace. */
    static void assertStyledPage(HttpResponse<String> response, int status, String en, String zh) {
        String body = response.body();
        assertEquals(status, response.statusCode(), body);
        assertTrue(Http.contentType(response).startsWith("text/html"), Http.contentType(response));
        assertTrue(body.contains("class=\"error-page\"") && body.contains("<span class=\"status\">" + status),
                body);
        assertTrue(body.contains(">" + en + "<") && body.contains(">" + zh + "<"), "both languages: " + body);
        assertTrue(body.contains("<form class=\"search-box\" action=\"/search\""), "a search box");
        assertTrue(body.contains("id=\"lang-switch\"") && body.contains("href=\"/assets/milestones.css\"")
                && body.contains("<footer class=\"site\">"), "the one layout");
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
    }

    @Test
    void browsersGetTheStyledNotFoundPageOnEveryRoute() {
        for (String path : MISSING) {
            assertStyledPage(send("GET", path, "Accept", BROWSER), 404, "Not found", "未找到");
        }
        HttpResponse<String> zh = send("GET", "page/no-such-thing", "Accept", BROWSER, "Accept-Language", "zh-CN");
        assertTrue(zh.body().contains("<html lang=\"zh\" data-show=\"zh\">"), "first language from Accept-Language");
    }

    @Test
    void otherClientsGetPlainText() {
        for (String accept : new String[] {null, "*/*", "text/turtle", "application/json", "text/plain"}) {
            for (String path : MISSING) {
                HttpResponse<String> r = accept == null ? send("GET", path) : send("GET", path, "Accept", accept);
                assertEquals(404, r.statusCode(), path);
                assertTrue(Http.contentType(r).startsWith("text/plain"), path + " " + accept);
                assertTrue(r.body().startsWith("404 Not Found"), r.body());
            }
        }
    }

    @Test
    void methodNotAllowedOnPages() {
        for (String path : List.of("", "search", "timeline", "page/alexnet", "assets/milestones.css")) {
            assertStyledPage(send("POST", path, "Accept", BROWSER), 405, "Method not allowed", "不允许此方法");
            HttpResponse<String> plain = send("POST", path, "Accept", "*/*");
            assertEquals(405, plain.statusCode(), path);
            assertTrue(Http.contentType(plain).startsWith("text/plain"), path);
        }
    }

    @Test
    void sparqlClientsKeepTheProtocolsAnswers() {
        HttpResponse<String> bad = send("GET", "ai-milestones/sparql?query=" + Http.enc("SELEC nothing"),
                "Accept", "application/sparql-results+json");
        assertEquals(400, bad.statusCode());
        assertTrue(Http.contentType(bad).startsWith("text/plain"), Http.contentType(bad));
        HttpResponse<String> missingGraph = send("GET", "ai-milestones/get?graph=" + Http.enc("http://example.org/g"),
                "Accept", "text/turtle");
        assertEquals(404, missingGraph.statusCode());
        assertFalse(Http.contentType(missingGraph).startsWith("text/html"));
    }
}
