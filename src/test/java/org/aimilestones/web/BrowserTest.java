package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.TimelinePage;
import org.aimilestones.testing.WebServer;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/** The pages in headless Chromium: search, the query editor and the timeline, with a screenshot of each (the graph page: {@link GraphPageTest}). */
@UsesChromium
class BrowserTest {


    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new WebServer();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static long count(String where) {
        String q = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT (COUNT(DISTINCT ?x) AS ?n) { " + where + " }";
        return Txn.calculateRead(server.dataset(), () -> ((Number) QueryExec.dataset(server.dataset()).query(q)
                .select().next().get("n").getLiteralValue()).longValue());
    }

    private static List<String> hitLinks() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit-link")));
        return browser.findElements(By.cssSelector("#hits .hit-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    private static void search(String text) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(text);
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search?q="));
    }

    @Test
    void searchInChineseAndEnglishAndFollowAHit() {
        browser.get(server.url("/"));
        assertEquals(String.valueOf(count("?x a/rdfs:subClassOf* aimil:Event")),
                browser.findElement(By.id("count-events")).getText());
        Browser.screenshot(browser, "landing");
        search("深度学习");
        assertTrue(hitLinks().subList(0, 3).contains(server.url("/page/deep-learning")), hitLinks().toString());
        search("吴恩达");
        assertEquals(server.url("/page/andrew-ng"), hitLinks().get(0));
        search("face recognition");
        assertTrue(hitLinks().subList(0, 3).contains(server.url("/page/face-recognition")));
        Browser.screenshot(browser, "search");
        String first = hitLinks().get(0);
        browser.findElement(By.cssSelector("#hits .hit-link")).click();
        wait.until(ExpectedConditions.urlToBe(first));
    }

    @Test
    void languageSwitch() {
        browser.get(server.url("/search?q=" + URLEncoder.encode("商汤", StandardCharsets.UTF_8)));
        hitLinks();
        browser.findElement(By.cssSelector("#lang-switch button[data-set=zh]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-nav=landing]"), "首页"));
        assertEquals("商汤科技", browser.findElement(By.cssSelector("#hits .hit-link")).getText());
        Browser.screenshot(browser, "search-zh");
        browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-nav=landing]"), "Home"));
        assertEquals("SenseTime", browser.findElement(By.cssSelector("#hits .hit-link")).getText());
    }

    @Test
    void runAnExampleQueryAndAnError() {
        browser.get(server.url("/query"));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("examples")), "data-loaded"));
        new Select(browser.findElement(By.id("examples"))).selectByValue("timeline");
        assertTrue(browser.findElement(By.id("question")).getText().startsWith("Every event in time order"));
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-table tbody tr")));
        int rows = browser.findElements(By.cssSelector(".result-table tbody tr")).size();
        assertEquals(count("?x a/rdfs:subClassOf* aimil:Event ; aimil:dateBasis ?b"), rows);
        assertTrue(browser.findElement(By.cssSelector(".result-table a[href^='/page/']")).isDisplayed());
        Browser.screenshot(browser, "query");

        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE {')");
        browser.findElement(By.id("run")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
        assertTrue(error.getText().contains("Parse error"), error.getText());
        assertTrue(browser.findElement(By.id("query-status")).getText().contains("400"));
    }

    @Test
    void timelinePlotsEveryEvent() {
        WebElement chart = TimelinePage.open(browser, server.url("/timeline"), Duration.ofSeconds(20));
        long events = count("?x a/rdfs:subClassOf* aimil:Event");
        long undated = count("?x aimil:dateBasis aimil:Undated");
        assertEquals(String.valueOf(events), chart.getAttribute("data-events"));
        assertEquals(String.valueOf(events - undated), chart.getAttribute("data-plotted"));
        assertEquals(events - undated, TimelinePage.drawn(TimelinePage.model(browser, chart)).size(),
                "every dated event is drawn, labelled or counted");
        assertEquals(undated, TimelinePage.listed(browser, "timeline-undated").size(), "the undated ones apart");
        assertEquals(events, browser.findElements(By.cssSelector("#timeline-list li a[href^='/page/'],"
                + " #timeline-undated li a[href^='/page/']")).size());
        browser.executeScript("arguments[0].scrollIntoView()", chart);
        Browser.screenshot(browser, "timeline");
    }
}
