package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.Scale;
import org.aimilestones.testing.ServeThread;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The SPARQL editor over the bundled graph grown by 100k synthetic triples: a query answering the server's most rows
 * draws a capped table (and says so) without hanging the page, its graph view is capped too, the completions and the
 * terms answer; no CSP violation.
 */
@Isolated // times drawing and answers: nothing else may run beside it
class EditorAtScaleTest {

    @TempDir
    static Path tmp;
    static ServeThread serve;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path generated = data.resolve("ai-milestones-generated.ttl"); // N-Triples is Turtle
        CliRun run = CliRun.cli("generate", "--scale", Scale.arg(100_000), "--output", generated.toString());
        assertEquals(0, run.exitCode(), run.err());
        serve = new ServeThread("--data", data.toString());
        // the search index of a graph this size is made after the start: until then a search answers 503
        long until = System.currentTimeMillis() + 120_000;
        while (Http.get(serve.url() + "search?format=json&q=alexnet", "application/json").statusCode() != 200
                && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        browser = Browser.start();
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

    @Test
    void manyRowsAreCappedNotHung() {
        browser.get(serve.url());
        browser.executeScript("localStorage.setItem('ai-milestones.lang', 'en');");
        Browser.consoleMessages(browser);
        long started = System.nanoTime();
        browser.get(serve.url() + "query?query=" + URLEncoder.encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
                StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> "done".equals(((ChromeDriver) d).executeScript(
                "return document.getElementById('query-status').dataset.state")));
        long ms = (System.nanoTime() - started) / 1_000_000;
        String status = browser.findElement(By.id("query-status")).getText();
        assertTrue(status.startsWith("10000 rows") && status.endsWith(
                "The server sends at most 10000: the answer is cut there."), "the server's --max-rows: " + status);
        assertEquals(1000, browser.findElements(By.cssSelector(".result-table tbody tr")).size());
        assertEquals("Showing the first 1000 of 10000 rows: download the results for all of them.",
                browser.findElement(By.id("result-note")).getText());
        assertTrue(ms < 30_000, "drawn in " + ms + " ms");
        Object responsive = browser.executeScript("const t = performance.now();"
                + " document.querySelector('.CodeMirror').CodeMirror.setValue('ASK {}'); return performance.now() - t");
        assertTrue(((Number) responsive).doubleValue() < 1000, "the editor still answers: " + responsive + " ms");
        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.undo()");
        assertTrue(browser.findElement(By.id("views")).getAttribute("data-views").contains("graph"));
        browser.findElement(By.cssSelector(".view-tab[data-view='graph']")).click();
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-drawn-edges") != null);
        assertEquals("300", browser.findElement(By.id("result-chart")).getAttribute("data-drawn-edges"));
        assertTrue(browser.findElement(By.id("result-note")).getText().startsWith("Drawing the first 300 of "));
        Browser.screenshot(browser, "editor-100k-graph");

        browser.get(serve.url() + "query?name=timeline");
        wait.until(d -> "done".equals(((ChromeDriver) d).executeScript(
                "return document.getElementById('query-status').dataset.state")));
        browser.findElement(By.cssSelector(".view-tab[data-view='timeline']")).click();
        wait.until(d -> d.findElement(By.id("result-chart")).getAttribute("data-points") != null);
        assertTrue(Integer.parseInt(browser.findElement(By.id("result-chart")).getAttribute("data-points")) <= 2000);
        Browser.screenshot(browser, "editor-100k-timeline");
        assertEquals(List.of(), Browser.consoleMessages(browser).stream().filter(m -> m.contains(
                "Content Security Policy") || m.startsWith("SEVERE") && !m.contains("/favicon.ico ")).toList());
    }

    @Test
    void completionsAndTermsAnswerAtScale() {
        long started = System.nanoTime();
        HttpResponse<String> r = Http.get(serve.url() + "api/complete?q=" + Http.enc("synthetic e"), "application/json");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        JsonObject answer = JSON.parse(r.body());
        assertFalse(answer.get("hits").getAsArray().isEmpty(), r.body());
        assertTrue(ms < 5_000, "answered in " + ms + " ms");
        assertTrue(JSON.parse(Http.get(serve.url() + "api/complete?q=alexnet", "application/json").body()).get("hits")
                .getAsArray().stream().anyMatch(h -> h.getAsObject().get("name").getAsString().value()
                        .equals("res:alexnet")));
        HttpResponse<String> terms = Http.get(serve.url() + "api/terms", "application/json");
        assertEquals(200, terms.statusCode());
        assertTrue(JSON.parseAny(terms.body()).getAsArray().size() > 50);
    }
}
