package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.aimilestones.web.SafeUrlTest;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The server as `ai-milestones serve --allow-update --cors-origin …` starts it, in headless Chromium holding an editor's
 * Basic credentials: pages of another origin (same site: 127.0.0.1 on another port, which Chromium sends the cached
 * credentials from; another site: localhost) cannot write to the store or read what needs the login, while a page of
 * the listed origin can (so the browser does send the credentials across origins); IRIs such as javascript:… in the
 * data never become links in the graph view, search hits, the timeline (list and chart), SPARQL results or the
 * resource pages, and nothing runs; no page breaks its Content-Security-Policy.
 */
@UsesChromium
class SafeInABrowserTest {

    private static final String NS = "https://w3id.org/ai-milestones/";
    /** IRIs that would run script if they became links; each sets the title it names. */
    private static final String XSS_EVENT = "javascript:document.title='pwned-event'";
    private static final String XSS_UNDATED = "javascript:document.title='pwned-undated'";
    private static final String XSS_SEE_ALSO = "javascript:document.title='pwned-page'";
    private static final String XSS_QUERY = "javascript:document.title='pwned-query'";

    @TempDir
    static Path tmp;

    /** A page server of another origin, and its origin as the browser addresses it. */
    private record Site(HttpServer server, String origin) {}

    /** Another origin of the same site as the server (127.0.0.1, another port). */
    private static Site sameSite;
    /** Another site (localhost). */
    private static Site otherSite;
    /** The origin named with --cors-origin (127.0.0.1, another port). */
    private static Site friend;
    private static volatile String target;
    private static ServeThread serve;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String editor;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        sameSite = pageServer("127.0.0.1");
        otherSite = pageServer("localhost");
        friend = pageServer("127.0.0.1");
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        serve = new ServeThread("--allow-update", "--password-file", passwords.toString(),
                "--cors-origin", friend.origin());
        target = serve.url();
        editor = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        update("""
                PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX res: <https://w3id.org/ai-milestones/resource/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                INSERT DATA {
                  <%s> a aimil:Event ; rdfs:label "Xsslink event"@en , "Xsslink 事件"@zh ;
                    aimil:date "2015"^^xsd:gYear ; aimil:sortDate "2015-01-01"^^xsd:date .
                  <%s> a aimil:Event ; rdfs:label "Xssundated event"@en , "Xssundated 事件"@zh .
                  res:deepmind rdfs:seeAlso <%s> , <mailto:someone@example.org> , <data:text/html,hi> .
                  GRAPH <urn:example:seed> { <urn:example:s> <urn:example:p> "seed" }
                }""".formatted(XSS_EVENT, XSS_UNDATED, XSS_SEE_ALSO));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
        for (Site site : new Site[] {sameSite, otherSite, friend}) {
            if (site != null) {
                site.server().stop(0);
            }
        }
    }

    // ---- another origin ----

    @Test
    void anotherOriginCannotWriteOrReadWithTheEditorsCredentialsButTheListedOriginCan() {
        loginAsEditor();

        Map<String, Object> friendly = runPage(friend, "friend");
        assertEquals(200L, friendly.get("fetchForm"), "the listed origin writes with the editor's login: " + friendly);
        assertTrue(List.of(200L, 204L).contains(friendly.get("fetchSparqlUpdate")), friendly.toString());
        assertTrue(List.of(200L, 201L, 204L).contains(friendly.get("fetchPut")), friendly.toString());
        assertEquals("opaque", friendly.get("noCorsTextPlain"), friendly.toString());
        assertTrue(((Number) friendly.get("readData")).longValue() > 30, "and reads: " + friendly);
        for (String from : List.of("fetchForm", "fetchSparqlUpdate", "fetchPut", "noCorsForm")) {
            assertTrue(written("friend-" + from), "written by the listed origin's " + from);
        }
        assertFalse(written("friend-noCorsTextPlain"), "text/plain is refused even from the listed origin");

        for (Site attacker : List.of(sameSite, otherSite)) {
            String name = attacker == sameSite ? "samesite" : "othersite";
            Map<String, Object> attack = runPage(attacker, name);
            String what = attacker.origin() + ": " + attack;
            assertEquals("failed: TypeError", attack.get("fetchForm"), "the 403 answer is not readable: " + what);
            assertEquals("failed: TypeError", attack.get("fetchSparqlUpdate"), "the preflight is refused: " + what);
            assertEquals("failed: TypeError", attack.get("fetchPut"), what);
            assertEquals("opaque", attack.get("noCorsForm"), "sent blind, refused by the server: " + what);
            assertEquals("opaque", attack.get("noCorsTextPlain"), what);
            assertEquals("failed: TypeError", attack.get("readData"), "data behind the login is not readable: " + what);
            assertEquals(Boolean.TRUE, attack.get("readSparql"), "public reads are open to any origin: " + what);
            browser.get(attacker.origin() + "/form-" + name);
            wait.until(ExpectedConditions.urlContains("/ai-milestones/update"));
            String refusal = browser.findElement(By.tagName("body")).getText();
            assertTrue(refusal.startsWith("Cross-origin write refused: a page from " + attacker.origin()
                    + " may not write"), refusal);
            for (String from : List.of("fetchForm", "fetchSparqlUpdate", "fetchPut", "noCorsForm", "noCorsTextPlain",
                    "form")) {
                assertFalse(written(name + "-" + from), "nothing written by " + attacker.origin() + " " + from);
            }
        }
    }

    /** Makes the browser hold the editor's Basic credentials for the server, as after logging in once. */
    private static void loginAsEditor() {
        browser.get(target.replace("http://", "http://editor:s3cret@") + "ai-milestones/data?graph="
                + URLEncoder.encode("urn:example:seed", StandardCharsets.UTF_8));
        wait.until(d -> d.getPageSource().contains("seed"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runPage(Site site, String name) {
        browser.get(site.origin() + "/" + name);
        wait.until(ExpectedConditions.titleIs("done"));
        return (Map<String, Object>) browser.executeScript("return window.results");
    }

    private static boolean written(String from) {
        HttpResponse<String> ask = Http.get(target + "ai-milestones/sparql?query=" + Http.enc(
                "ASK { { <urn:example:" + from + "> ?p ?o } UNION { GRAPH ?g { <urn:example:" + from + "> ?p ?o } } }"),
                "text/csv");
        assertEquals(200, ask.statusCode(), ask.body());
        return ask.body().contains("true");
    }

    // ---- javascript: IRIs ----

    @Test
    void javascriptIrisAreNeverLinksInAnyViewAndNothingRuns() {
        Browser.cspViolations(browser);
        List<String> views = new ArrayList<>();

        browser.get(target + "graph?iri=" + URLEncoder.encode(XSS_EVENT, StandardCharsets.UTF_8));
        WebElement graphPage = browser.findElement(By.id("graph-page"));
        wait.until(d -> !browser.findElement(By.id("graph-center")).getText().equals("…"));
        assertEquals(null, graphPage.getAttribute("href"), "'Open the page of this resource' is no link");
        graphPage.click();
        views.add("graph");
        assertNothingRan("graph");

        browser.get(target + "search?q=Xsslink");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit-link")));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits .hit-link"));
        assertTrue(hits.stream().anyMatch(h -> h.getText().contains("Xsslink")), "the hit is listed");
        for (WebElement hit : hits) {
            assertEquals("span", hit.getTagName(), "a javascript: hit is text, not a link");
            hit.click();
        }
        assertNothingRan("search");

        // the events of its kind in its year, so that it has its label on the chart
        browser.get(target + "timeline?kind=" + URLEncoder.encode(NS + "ontology#Event", StandardCharsets.UTF_8)
                + "&from=2015-01-01&to=2016-01-01");
        WebElement chart = browser.findElement(By.id("timeline"));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-plotted"));
        for (String list : List.of("#timeline-list", "#timeline-undated")) {
            WebElement item = browser.findElements(By.cssSelector(list + " li")).stream()
                    .filter(li -> li.getText().contains("Xss")).findFirst().orElseThrow();
            assertTrue(item.findElements(By.tagName("a")).isEmpty(), "the list shows the event as text: " + list);
            item.findElement(By.xpath(".//span[contains(., 'Xss')]")).click();
        }
        assertEquals(XSS_EVENT, clickTimelinePoint(chart, XSS_EVENT), "the chart's point was clicked");
        assertTrue(browser.getCurrentUrl().startsWith(target + "timeline?"), "and went nowhere: " + browser.getCurrentUrl());
        assertNothingRan("timeline");

        browser.get(target + "query?query=" + URLEncoder.encode("SELECT ?x ?y WHERE { VALUES (?x ?y) { (<" + XSS_QUERY
                + "> <" + NS + "resource/alexnet>) } }", StandardCharsets.UTF_8));
        wait.until(d -> d.findElement(By.id("examples")).getAttribute("data-loaded") != null);
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results td")));
        List<WebElement> cells = browser.findElements(By.cssSelector("#results td"));
        assertEquals("span", cells.get(0).findElement(By.cssSelector("*")).getTagName(), "the javascript: IRI is text");
        assertTrue(cells.get(0).getText().contains("javascript:"));
        assertEquals(target + "page/alexnet", cells.get(1).findElement(By.tagName("a")).getAttribute("href"),
                "an ordinary IRI stays a link");
        cells.get(0).findElement(By.cssSelector("span")).click();
        assertNothingRan("query");

        browser.get(target + "page/deepmind");
        String page = browser.getPageSource();
        assertTrue(page.contains("pwned-page"), "the IRI is shown");
        assertTrue(browser.findElements(By.cssSelector("a[href='mailto:someone@example.org']")).size() == 1,
                "a mailto: IRI is a link");
        browser.findElement(By.xpath("//*[contains(text(), \"pwned-page\")]")).click();
        assertNothingRan("resource page");
        assertEquals(List.of(), Browser.cspViolations(browser), "nothing even tried to run");
    }

    @Test
    void thePagesSanitizerAgreesWithTheServers() {
        browser.get(target + "search");
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.AIMIL !== undefined").equals(true));
        SafeUrlTest.CASES.forEach((url, safe) -> assertEquals(safe,
                browser.executeScript("return AIMIL.safeHref(arguments[0])", url) != null, "[" + url + "]"));
        assertEquals(null, browser.executeScript("return AIMIL.safeHref(null)"));
        assertEquals("<span class=\"x\">t</span>", browser.executeScript(
                "return AIMIL.link('javascript:alert(1)', 't', ' class=\"x\"')"));
        assertEquals("<a href=\"/page/a?b=1&amp;c=&quot;\">t</a>", browser.executeScript(
                "return AIMIL.link('/page/a?b=1&c=\"', 't')"));
    }

    /** No link on the page goes to a script, data or other scheme, and no title was set by one. */
    private static void assertNothingRan(String view) {
        sleep(300);
        assertFalse(browser.getTitle().startsWith("pwned"), view + ": " + browser.getTitle());
        List<?> unsafe = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('[href]')].map(e => e.href)"
                        + ".filter(h => !/^(https?|mailto):/i.test(h))");
        assertEquals(List.of(), unsafe, view + ": links to other schemes");
    }

    /** Clicks the timeline's point of iri with the pointer; returns the IRI of the point ECharts says was clicked. */
    private static String clickTimelinePoint(WebElement chart, String iri) {
        browser.executeScript("arguments[0].scrollIntoView(); window.clickedIri = null;"
                + " echarts.getInstanceByDom(arguments[0]).on('click', p => { window.clickedIri = p.data && p.data.iri; })",
                chart);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript("""
                const c = echarts.getInstanceByDom(arguments[0]);
                const events = c.getOption().series.find(s => s.id === 'events');
                const d = events && events.data.find(d => d && d.iri === arguments[1]);
                return d ? d.at : null;""", chart, iri);
        assertNotNull(at, "the event is labelled on the chart");
        // the decade's chart is taller than the window: bring the point itself into view, then click it where the
        // window shows it
        @SuppressWarnings("unchecked")
        List<Number> onScreen = (List<Number>) browser.executeScript("""
                const r0 = arguments[0].getBoundingClientRect();
                window.scrollBy(0, r0.top + arguments[2] - window.innerHeight / 2);
                const r = arguments[0].getBoundingClientRect();
                return [r.left + arguments[1], r.top + arguments[2]];""", chart, at.get(0), at.get(1));
        new Actions(browser).moveToLocation((int) Math.round(onScreen.get(0).doubleValue()),
                (int) Math.round(onScreen.get(1).doubleValue())).click().perform();
        sleep(300);
        return (String) browser.executeScript("return window.clickedIri");
    }

    // ---- Content-Security-Policy ----

    @Test
    void noPageBreaksItsContentSecurityPolicy() {
        Browser.cspViolations(browser);
        Map<String, String> pages = Map.of(
                "landing", "", "search", "search?q=alexnet", "query", "query?name=timeline", "timeline", "timeline",
                "graph", "graph?iri=" + URLEncoder.encode(NS + "resource/alexnet", StandardCharsets.UTF_8),
                "resource page", "page/alexnet", "ontology", "ontology.html", "not found", "page/no-such-thing");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(target + page.getValue());
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            switch (page.getKey()) {
                case "search" -> wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits a")));
                case "query" -> {
                    wait.until(d -> d.findElement(By.id("examples")).getAttribute("data-loaded") != null);
                    browser.findElement(By.id("run")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results td")));
                }
                case "timeline" -> {
                    WebElement chart = browser.findElement(By.id("timeline"));
                    wait.until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-plotted"));
                    hover(chart);
                    assertTrue(browser.findElement(By.cssSelector("#timeline-list .dot")).getCssValue("background-color")
                            .startsWith("rgb"), "the dots are coloured");
                }
                case "graph" -> {
                    WebElement chart = browser.findElement(By.id("graph"));
                    wait.until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-nodes"));
                    hover(chart);
                }
                case "resource page", "not found", "ontology" -> browser.findElement(By.cssSelector(
                        "button[data-set=zh]")).click();
                default -> { }
            }
            if (browser.findElements(By.id("lang-switch")).size() > 0) {
                browser.findElement(By.cssSelector("#lang-switch button[data-set=zh]")).click();
                browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
            }
            sleep(300);
            List<String> violations = Browser.cspViolations(browser);
            assertTrue(violations.isEmpty(), page.getKey() + " (" + page.getValue() + "): " + violations.size()
                    + " violations, the first: " + violations.stream().findFirst().orElse(""));
        }
    }

    /** Moves the pointer across a chart, so that ECharts shows its tooltips. */
    private static void hover(WebElement chart) {
        browser.executeScript("arguments[0].scrollIntoView()", chart);
        // within the part of the chart the window shows (the decade's timeline is taller than the window)
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return [r.left, Math.max(r.top, 0), r.width, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0)];""",
                chart);
        double left = box.get(0).doubleValue();
        double top = box.get(1).doubleValue();
        double w = box.get(2).doubleValue();
        double h = box.get(3).doubleValue();
        for (int i = 1; i < 10; i++) {
            new Actions(browser).moveToLocation((int) (left + i * w / 10), (int) (top + (i % 3 + 1) * h / 4)).perform();
            sleep(50);
        }
    }

    // ---- the other origins' pages ----

    /** A server on host serving the pages that try the server at target. */
    private static Site pageServer(String host) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring(1);
            String html = path.startsWith("form-") ? formPage(path.substring(5)) : probePage(path);
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new Site(server, "http://" + host + ":" + server.getAddress().getPort());
    }

    private static String insert(String from) {
        return "INSERT DATA { <urn:example:" + from + "> <urn:example:p> \"written\" }";
    }

    /** A page that tries, with the browser's credentials, every way to write and read; results in window.results. */
    private static String probePage(String name) {
        return """
                <!DOCTYPE html><html><head><title>running</title></head><body><pre id="out"></pre><script>
                const T = '%s';
                const insert = from => 'INSERT DATA { <urn:example:%s-' + from + '> <urn:example:p> "written" }';
                const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
                window.results = {};
                async function attempt(name, f) {
                  try { results[name] = await f(); } catch (e) { results[name] = 'failed: ' + e.name; }
                }
                (async () => {
                  await attempt('fetchForm', async () => (await fetch(T + 'ai-milestones/update', { method: 'POST',
                    credentials: 'include', headers: form, body: 'update=' + encodeURIComponent(insert('fetchForm')) })).status);
                  await attempt('fetchSparqlUpdate', async () => (await fetch(T + 'ai-milestones/update', { method: 'POST',
                    credentials: 'include', headers: { 'Content-Type': 'application/sparql-update' },
                    body: insert('fetchSparqlUpdate') })).status);
                  await attempt('fetchPut', async () => (await fetch(T + 'ai-milestones/data?graph=urn:example:%s',
                    { method: 'PUT', credentials: 'include', headers: { 'Content-Type': 'application/n-triples' },
                      body: '<urn:example:%s-fetchPut> <urn:example:p> "written" .' })).status);
                  await attempt('noCorsForm', async () => (await fetch(T + 'ai-milestones/update', { method: 'POST',
                    mode: 'no-cors', credentials: 'include', headers: form,
                    body: 'update=' + encodeURIComponent(insert('noCorsForm')) })).type);
                  await attempt('noCorsTextPlain', async () => (await fetch(T + 'ai-milestones/update', { method: 'POST',
                    mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' },
                    body: insert('noCorsTextPlain') })).type);
                  await attempt('readData', async () => (await (await fetch(T + 'ai-milestones/data?graph=urn:example:seed',
                    { credentials: 'include', headers: { 'Accept': 'application/n-triples' } })).text()).length);
                  await attempt('readSparql', async () => (await (await fetch(T + 'ai-milestones/sparql?query=ASK%%7B%%7D',
                    { headers: { 'Accept': 'application/sparql-results+json' } })).json()).boolean);
                  document.getElementById('out').textContent = JSON.stringify(results);
                  document.title = 'done';
                })();
                </script></body></html>""".formatted(target, name, name, name);
    }

    /** A page whose form posts an update to the server as soon as it loads (classic cross-site request forgery). */
    private static String formPage(String name) {
        return """
                <!DOCTYPE html><html><head><title>form</title></head><body>
                <form id="f" method="POST" action="%sai-milestones/update">
                <input type="hidden" name="update" value="%s"></form>
                <script>document.getElementById('f').submit();</script></body></html>"""
                .formatted(target, insert(name + "-form").replace("\"", "&quot;"));
    }

    private static void update(String text) {
        HttpResponse<String> response = Http.send(Http.request(target + "ai-milestones/update")
                .header("Authorization", editor).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
