package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The SPARQL editor in Chromium on the real server (`serve`, with its Content-Security-Policy): ?name= runs an example,
 * an unknown name says so, the permalink round trip, copy-link, the downloads in every format, completion, and the
 * result views offered by the results' shape; no CSP violation anywhere.
 */
@UsesChromium
class EditorBrowserTest {

    static final String RES = "https://w3id.org/ai-milestones/resource/";
    static final String CONSTRUCT = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "CONSTRUCT { ?a ?p ?b . ?a rdfs:label ?l } WHERE {\n"
            + "  VALUES ?a { <" + RES + "alexnet> } ?a ?p ?b . FILTER(isIRI(?b)) ?a rdfs:label ?l\n}";
    static final String LITERALS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?label WHERE { <" + RES + "alexnet> rdfs:label ?label }";

    static ServeThread serve;
    static ChromeDriver browser;
    static WebDriverWait wait;
    @TempDir
    static Path downloads;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
        serve = new ServeThread();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @BeforeEach
    void english() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(serve.url());
        browser.executeScript("localStorage.setItem('ai-milestones.lang', 'en');");
        Browser.consoleMessages(browser);
    }

    @AfterEach
    void noCspViolation() {
        if (browser != null) {
            assertEquals(List.of(), Browser.consoleMessages(browser).stream().filter(m -> m.contains(
                    "Content Security Policy") || m.startsWith("SEVERE") && !m.contains("/favicon.ico ")).toList());
        }
    }

    static void open(String pathAndQuery) {
        browser.get(serve.url() + pathAndQuery);
        wait.until(d -> "true".equals(((ChromeDriver) d).executeScript("return document.body.dataset.editorReady")));
    }

    static void waitForResults() {
        wait.until(d -> {
            Object state = ((ChromeDriver) d).executeScript("return document.getElementById('query-status').dataset.state");
            return "done".equals(state) || "failed".equals(state);
        });
        assertEquals("done", browser.executeScript("return document.getElementById('query-status').dataset.state"),
                browser.findElement(By.id("query-error")).getText());
    }

    static String editorText() {
        return (String) browser.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
    }

    static void setEditorText(String text) {
        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", text);
    }

    static String views() {
        return (String) browser.executeScript("return document.getElementById('views').dataset.views");
    }

    static String exampleText(String name) {
        JsonObject example = JSON.parseAny(Http.get(serve.url() + "api/queries", "application/json").body()).getAsArray()
                .stream().map(v -> v.getAsObject()).filter(o -> o.get("name").getAsString().value().equals(name))
                .findFirst().orElseThrow();
        return example.get("text").getAsString().value();
    }

    @Test
    void nameLoadsAndRunsTheExample() {
        open("query?name=events-by-kind");
        waitForResults();
        assertEquals(exampleText("events-by-kind"), editorText());
        assertEquals("events-by-kind", browser.findElement(By.id("examples")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("question-text")).getText().startsWith("How many events of each kind"));
        assertFalse(browser.findElements(By.cssSelector(".result-table tbody tr")).isEmpty());
        assertTrue(browser.findElement(By.id("editor-notice")).getAttribute("hidden") != null);
        // the description says "edited" once the text differs from the example, and not when it is the same again
        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.replaceRange('# mine\\n', {line: 0, ch: 0})");
        assertEquals("edited", browser.findElement(By.id("question")).getAttribute("data-state"));
        assertTrue(browser.findElement(By.id("question-edited")).isDisplayed());
        setEditorText(exampleText("events-by-kind"));
        assertEquals("example", browser.findElement(By.id("question")).getAttribute("data-state"));
        // the list is grouped, the per-source queries in groups of their own
        List<WebElement> groups = browser.findElements(By.cssSelector("#examples optgroup"));
        assertTrue(groups.size() >= 6, "groups: " + groups.size());
        assertTrue(groups.stream().anyMatch(g -> g.getAttribute("data-group").startsWith("by-source/")));
        Browser.screenshot(browser, "editor-name");
    }

    @Test
    void anUnknownNameSaysSoInBothLanguagesAndRunsNothing() {
        String starter = null;
        for (String lang : List.of("en", "zh")) {
            browser.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0]);", lang);
            open("query?name=no-such-query");
            WebElement notice = browser.findElement(By.id("editor-notice"));
            assertTrue(notice.isDisplayed());
            assertTrue(notice.getText().contains("“no-such-query”"), notice.getText());
            assertTrue(notice.getText().contains(lang.equals("en") ? "There is no example query named" : "没有名为"),
                    notice.getText());
            assertEquals("", browser.findElement(By.id("examples")).getAttribute("value"), "no example chosen");
            assertEquals("", browser.findElement(By.id("results")).getText(), "nothing run");
            assertEquals("none", browser.findElement(By.id("question")).getAttribute("data-state"));
            starter = starter == null ? editorText() : starter;
            assertEquals(starter, editorText(), "the starter query stays, no example loaded in its place");
            assertFalse(editorText().contains("COUNT"), editorText());
        }
    }

    @Test
    void permalinkRoundTrip() {
        open("query?name=timeline");
        waitForResults();
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?l WHERE { <" + RES
                + "alexnet> rdfs:label ?l } # 深度 & ?=#";
        setEditorText(query);
        browser.findElement(By.id("run")).click();
        waitForResults();
        String url = browser.getCurrentUrl();
        assertTrue(url.startsWith(serve.url() + "query?query="), url);
        browser.get("about:blank");
        open(url.substring(serve.url().length()));
        waitForResults();
        assertEquals(query, editorText());
        assertEquals(2, browser.findElements(By.cssSelector(".result-table tbody tr")).size());
        // the example's own text keeps its name in the address
        open("query");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("examples"))).selectByValue("people");
        waitForResults();
        assertEquals(serve.url() + "query?name=people", browser.getCurrentUrl());
        // a long query goes in the fragment, which the server never sees
        String long_ = query + "\n" + ("# " + "x".repeat(70) + "\n").repeat(80);
        setEditorText(long_);
        browser.findElement(By.id("run")).click();
        waitForResults();
        String longUrl = browser.getCurrentUrl();
        assertTrue(longUrl.startsWith(serve.url() + "query#query="), longUrl.substring(0, 60));
        browser.get("about:blank");
        open(longUrl.substring(serve.url().length()));
        waitForResults();
        assertEquals(long_, editorText());
    }

    @Test
    void theEditorsJsonRoutesCarryTheServersSecurityHeaders() {
        for (String path : List.of("api/terms", "api/complete?q=ale", "api/complete", "api/queries")) {
            HttpResponse<String> r = Http.get(serve.url() + path, "application/json");
            assertEquals(path.equals("api/complete") ? 400 : 200, r.statusCode(), path + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"),
                    path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void theServerItselfTakesLongPermalinks() {
        // up to --max-body (1 MiB) of query string; the editor still puts queries over 4000 encoded characters in the
        // fragment, for the proxies and chat programs between
        assertEquals(200, Http.get(serve.url() + "query?query=" + "a".repeat(100_000), "text/html").statusCode());
    }

    @Test
    void copyLinkCopiesThePermalink() {
        String origin = serve.url().substring(0, serve.url().length() - 1);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("query?name=people");
        waitForResults();
        browser.findElement(By.id("copy-link")).click();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("link-status")), "data-link"));
        assertEquals(serve.url() + "query?name=people",
                browser.findElement(By.id("link-status")).getAttribute("data-link"));
        assertEquals("Link to this query copied.", browser.findElement(By.id("link-status")).getText());
        Object copied = browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))");
        assertEquals(serve.url() + "query?name=people", copied);
        // no clipboard for the page: the link is shown, selected, to copy by hand
        browser.executeScript("navigator.clipboard.writeText = () => Promise.reject(new Error('denied'))");
        setEditorText(LITERALS);
        browser.findElement(By.id("copy-link")).click();
        wait.until(d -> d.findElement(By.id("link-fallback")).isDisplayed());
        String shown = browser.findElement(By.id("link-fallback")).getAttribute("value");
        assertTrue(shown.startsWith(serve.url() + "query?query="), shown);
        assertEquals(LITERALS, java.net.URLDecoder.decode(shown.substring(shown.indexOf('=') + 1),
                StandardCharsets.UTF_8));
        assertEquals(Boolean.TRUE, browser.executeScript("const f = document.getElementById('link-fallback');"
                + " return document.activeElement === f && f.selectionEnd - f.selectionStart === f.value.length"));
        browser.findElement(By.id("copy-link")).click();
        wait.until(d -> d.findElement(By.id("link-status")).getAttribute("data-link").contains("query?query="));
        String link = browser.findElement(By.id("link-status")).getAttribute("data-link");
        browser.get("about:blank");
        open(link.substring(serve.url().length()));
        waitForResults();
        assertEquals(LITERALS, editorText());
    }

    private static Path download(String format, String file) throws IOException, InterruptedException {
        Path target = downloads.resolve(file);
        Files.deleteIfExists(target);
        browser.findElement(By.cssSelector("#downloads button[data-format='" + format + "']")).click();
        wait.until(d -> Files.exists(target) && target.toFile().length() > 0
                && file.equals(d.findElement(By.id("download-status")).getAttribute("data-file")));
        Thread.sleep(200); // the file is renamed into place when complete
        return target;
    }

    private static String downloadedType() {
        return browser.findElement(By.id("download-status")).getAttribute("data-type");
    }

    @Test
    void downloadsInEveryFormatFromTheEndpoint() throws Exception {
        open("query?name=events-by-kind");
        waitForResults();
        int rows = browser.findElements(By.cssSelector(".result-table tbody tr")).size();
        Path csv = download("csv", "ai-milestones-events-by-kind.csv");
        assertEquals("text/csv", downloadedType());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("kind,events", lines.get(0));
        assertEquals(rows + 1, lines.stream().filter(l -> !l.isEmpty()).count());
        Path tsv = download("tsv", "ai-milestones-events-by-kind.tsv");
        assertEquals("text/tab-separated-values", downloadedType());
        assertEquals("?kind\t?events", Files.readAllLines(tsv).get(0));
        Path json = download("json", "ai-milestones-events-by-kind.json");
        assertEquals("application/sparql-results+json", downloadedType());
        JsonObject results = JSON.parse(Files.readString(json));
        assertEquals(rows, results.get("results").getAsObject().get("bindings").getAsArray().size());
        assertTrue(browser.findElement(By.id("download-status")).getText().startsWith("Downloaded ai-milestones-"));

        setEditorText(CONSTRUCT);
        browser.findElement(By.id("run")).click();
        waitForResults();
        assertTrue(browser.findElements(By.cssSelector("#downloads button[data-format='csv']")).isEmpty());
        Map<String, Lang> graphs = Map.of("ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "jsonld", Lang.JSONLD);
        Map<String, String> types = Map.of("ttl", "text/turtle", "nt", "application/n-triples", "jsonld",
                "application/ld+json");
        long size = -1;
        for (String format : List.of("ttl", "nt", "jsonld")) {
            Path file = download(format, "ai-milestones-query." + format);
            assertEquals(types.get(format), downloadedType());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(graphs.get(format)).parse(g);
            assertTrue(g.size() > 3, format + ": " + g.size());
            assertTrue(size < 0 || size == g.size(), "the same triples in every format");
            size = g.size();
        }
        // the endpoint's own answer to the Accept the buttons send
        for (String type : List.of("text/turtle", "application/n-triples", "application/ld+json")) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(serve.url() + "ai-milestones/sparql"))
                    .header("Accept", type).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.enc(CONSTRUCT))));
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        }
    }

    private static List<String> hints() {
        return browser.findElements(By.cssSelector(".CodeMirror-hints li")).stream().map(WebElement::getText).toList();
    }

    private static void typeAtTheEnd(String text) {
        browser.executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus();"
                + " cm.setCursor(cm.lineCount(), 0);");
        new Actions(browser).sendKeys(text).perform();
    }

    private static void pick(String name) {
        wait.until(d -> hints().stream().anyMatch(h -> h.startsWith(name + " ")));
        browser.findElements(By.cssSelector(".CodeMirror-hints li")).stream()
                .filter(li -> li.getText().startsWith(name + " ")).findFirst().orElseThrow().click();
    }

    @Test
    void completionOfResourcesTermsAndPrefixesAddsThePrefixLine() {
        open("query");
        wait.until(d -> !"0".equals(d.findElement(By.id("editor")).getAttribute("data-terms")));
        setEditorText("# my question\nSELECT * WHERE {\n  ?s ?p ");
        typeAtTheEnd("res:ale");
        pick("res:alexnet");
        assertTrue(hints().isEmpty(), "the list closes");
        String text = editorText();
        assertTrue(text.startsWith("# my question\nPREFIX res: <https://w3id.org/ai-milestones/resource/>\n"), text);
        assertTrue(text.endsWith("?s ?p res:alexnet"), text);
        // a Chinese label's beginning
        setEditorText("PREFIX res: <https://w3id.org/ai-milestones/resource/>\nSELECT * WHERE { ?s ?p ");
        typeAtTheEnd("深度");
        pick("res:deep-learning");
        assertTrue(editorText().endsWith("?p res:deep-learning"), editorText());
        assertEquals(1, editorText().split("PREFIX res:", -1).length - 1, "no second PREFIX line");
        // a plain word waits for Ctrl+Space (SPARQL's keywords are words too), then finds labels
        setEditorText("SELECT * WHERE { ?s ?p ");
        typeAtTheEnd("alexne");
        new Actions(browser).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys(" ")
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        pick("res:alexnet");
        assertTrue(editorText().startsWith("PREFIX res: <https://w3id.org/ai-milestones/resource/>\nSELECT"),
                editorText());
        // a class of the ontology, by its name; its label shows in the list
        setEditorText("SELECT * WHERE { ?s a ");
        typeAtTheEnd("aimil:Acqui");
        wait.until(d -> hints().stream().anyMatch(h -> h.startsWith("aimil:Acquisition — ")));
        Browser.screenshot(browser, "editor-completion");
        pick("aimil:Acquisition");
        assertTrue(editorText().startsWith("PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>\n"));
        // in Chinese, the labels in Chinese
        browser.executeScript("localStorage.setItem('ai-milestones.lang', 'zh');");
        open("query");
        wait.until(d -> !"0".equals(d.findElement(By.id("editor")).getAttribute("data-terms")));
        setEditorText("SELECT * WHERE { ?s ?p ");
        typeAtTheEnd("深度");
        wait.until(d -> hints().stream().anyMatch(h -> h.startsWith("res:deep-learning — 深度学习")));
        setEditorText("SELECT * WHERE { ?s a ");
        typeAtTheEnd("aimil:Acqui");
        wait.until(d -> hints().contains("aimil:Acquisition — 收购 (类)"));
        Browser.screenshot(browser, "editor-completion-zh");
        browser.executeScript("localStorage.setItem('ai-milestones.lang', 'en');");
        open("query");
        // Ctrl+Space on a PREFIX line offers the prefixes
        setEditorText("PREFIX sk");
        browser.executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus();"
                + " cm.setCursor(0, 9); cm.showHint();");
        pick("skos:");
        assertEquals("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>", editorText());
    }

    @Test
    void resultViewsFollowTheShapeOfTheResults() {
        open("query?name=events-by-kind");
        waitForResults();
        assertEquals("table bar", views());
        browser.findElement(By.cssSelector(".view-tab[data-view='bar']")).click();
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-bars") != null);
        assertTrue(Integer.parseInt(browser.findElement(By.id("result-chart")).getAttribute("data-bars")) > 3);
        scrollToChart();
        Browser.screenshot(browser, "editor-bar");

        open("query?name=timeline");
        waitForResults();
        assertTrue(views().contains("timeline") && !views().contains("bar"), views());
        browser.findElement(By.cssSelector(".view-tab[data-view='timeline']")).click();
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-points") != null);
        assertTrue(Integer.parseInt(browser.findElement(By.id("result-chart")).getAttribute("data-points")) > 50);
        scrollToChart();
        Browser.screenshot(browser, "editor-timeline");

        setEditorText(CONSTRUCT);
        browser.findElement(By.id("run")).click();
        waitForResults();
        assertEquals("table graph", views());
        assertTrue(browser.findElement(By.cssSelector(".result-table")).getText().contains("res:alexnet"));
        browser.findElement(By.cssSelector(".view-tab[data-view='graph']")).click();
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-drawn-nodes") != null);
        assertTrue(Integer.parseInt(browser.findElement(By.id("result-chart")).getAttribute("data-drawn-edges")) > 2);
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-named") != null);
        scrollToChart();
        Browser.screenshot(browser, "editor-graph");

        // a SELECT with two IRI columns: a graph of its rows
        setEditorText("PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>\n"
                + "SELECT ?a ?b WHERE { ?a aimil:basedOn ?b }");
        browser.findElement(By.id("run")).click();
        waitForResults();
        assertEquals("table graph", views());
        browser.findElement(By.cssSelector(".view-tab[data-view='graph']")).click();
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-drawn-edges") != null);
        assertEquals(browser.findElement(By.id("query-status")).getText().split(" ")[0],
                browser.findElement(By.id("result-chart")).getAttribute("data-drawn-edges"), "a link per row");

        setEditorText("ASK { <" + RES + "alexnet> ?p ?o }");
        browser.findElement(By.id("run")).click();
        waitForResults();
        assertEquals("Yes (true)", browser.findElement(By.cssSelector("#results .boolean")).getText());
        assertEquals("table", views());

        setEditorText(LITERALS);
        browser.findElement(By.id("run")).click();
        waitForResults();
        assertEquals("table", views(), "literals only: the table alone");
        assertTrue(browser.findElements(By.cssSelector(".view-tab")).isEmpty());

        // a view chosen stays drawn in the other language
        open("query?name=events-by-kind");
        waitForResults();
        browser.findElement(By.cssSelector(".view-tab[data-view='bar']")).click();
        browser.findElement(By.cssSelector("#lang-switch button[data-set=zh]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".view-tab[data-view='bar']"), "柱状图"));
        assertTrue(browser.findElement(By.id("result-chart")).isDisplayed());
        assertTrue(browser.findElement(By.id("question-text")).getText().contains("每类事件"));
        Browser.screenshot(browser, "editor-bar-zh");
        browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
    }

    static void scrollToChart() {
        browser.executeScript("document.getElementById('result-bar').scrollIntoView()");
    }

    @Test
    void phoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String lang : List.of("en", "zh")) {
            browser.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0]);", lang);
            open("query?name=timeline");
            waitForResults();
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scroll of the page");
            Browser.screenshot(browser, "editor-phone-" + lang);
            browser.findElement(By.cssSelector(".view-tab[data-view='timeline']")).click();
            wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-points") != null);
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"));
            scrollToChart();
            Browser.screenshot(browser, "editor-phone-timeline-" + lang);
        }
    }
}
