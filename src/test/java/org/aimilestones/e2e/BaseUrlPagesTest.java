package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * `serve --base-url URL`: every page, of either kind (written as HTML or built in Java), has its canonical link, its
 * alternate links and the URLs of its JSON-LD under URL, never the address the request came to.
 */
class BaseUrlPagesTest {

    static final String BASE = "https://milestones.example.org/";
    static final List<String> PAGES = List.of("", "search", "query", "timeline", "graph", "page/alexnet",
            "ontology.html");

    private static final Pattern LINK = Pattern.compile("<link rel=\"(canonical|alternate)\"[^>]* href=\"([^\"]+)\"");
    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern URL_FIELD = Pattern.compile("\"(?:url|@id)\"\\s*:\\s*\"([^\"]+)\"");

    private static ServeThread serve;

    @BeforeAll
    static void start() throws InterruptedException {
        serve = new ServeThread("--base-url", BASE);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        serve.close();
    }

    @Test
    void everyPagesLinksAndJsonLdAreUnderTheBaseUrl() {
        for (String page : PAGES) {
            HttpResponse<String> r = Http.get(serve.url() + page, "text/html");
            assertEquals(200, r.statusCode(), page);
            String body = r.body();
            List<String> links = new ArrayList<>();
            for (Matcher m = LINK.matcher(body); m.find();) {
                links.add(m.group(1) + " " + m.group(2));
                assertTrue(m.group(2).startsWith(BASE), page + ": " + m.group());
            }
            assertTrue(links.contains("canonical " + BASE + page), page + ": " + links);
            Matcher json = JSON_LD.matcher(body);
            assertTrue(json.find(), page + ": JSON-LD");
            boolean pageUrl = false;
            for (Matcher m = URL_FIELD.matcher(json.group(1)); m.find();) {
                assertFalse(m.group(1).contains("127.0.0.1") || m.group(1).contains("localhost"), page + ": " + m.group());
                pageUrl |= m.group(1).equals(BASE + page);
            }
            assertTrue(pageUrl, page + ": the JSON-LD names the page at its URL: " + json.group(1));
            assertFalse(body.contains(serve.url()), page + ": the request's own address appears");
        }
    }
}
