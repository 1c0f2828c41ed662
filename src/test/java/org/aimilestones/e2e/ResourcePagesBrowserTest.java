package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.GraphSources;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.testing.ServedGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The resource pages in Chromium, as `ai-milestones serve` serves the bundled graph: an event, a person, a transcript
 * (the last source of the graph, with its hundreds of cues) and an event whose sources date it differently, in English
 * and Chinese, at desktop (1366 px) and phone (390 px) widths: no horizontal scroll of the page, no
 * Content-Security-Policy violation, the group headings in the chosen language, the long list of cues collapsed and
 * opened by a click, the graph view a click away; screenshots in target/screenshots/resource-*.png.
 */
@UsesChromium
class ResourcePagesBrowserTest {

    private static final Map<String, Integer> WIDTHS = Map.of("desktop", 1366, "phone", 390);

    static ServeThread serve;
    static ChromeDriver driver;
    static Map<String, String> pages;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
        Graph g = ServedGraph.plain().getDefaultGraph();
        List<String> sources = GraphSources.iris(g);
        String transcript = sources.stream().filter(s -> s.endsWith("-video-transcript")).reduce((a, b) -> b)
                .orElseThrow();
        String disputed = g.find(Node.ANY, AIMIL.dateBasis.asNode(), AIMIL.DateDisputed.asNode()).next().getSubject()
                .getURI();
        pages = new LinkedHashMap<>();
        pages.put("event", "alexnet-wins-ilsvrc-2012");
        pages.put("person", "geoffrey-hinton");
        pages.put("transcript", transcript.substring(AIMIL.RESOURCE_NS.length()));
        pages.put("disputed", disputed.substring(AIMIL.RESOURCE_NS.length()));
        serve = new ServeThread();
        driver = Browser.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    private static void open(String name, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                width < 600 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.get(serve.url() + "page/" + name);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private static long number(String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    @Test
    void everyPageFitsTheWindowInBothLanguagesAndWidths() {
        for (String lang : List.of("en", "zh")) {
            driver.get(serve.url());
            driver.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0]);", lang);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (Map.Entry<String, Integer> width : WIDTHS.entrySet()) {
                    open(page.getValue(), width.getValue());
                    Browser.consoleMessages(driver);
                    String where = page.getKey() + " " + lang + " " + width.getKey();
                    assertEquals(width.getValue().longValue(), number("return window.innerWidth"), where);
                    long scroll = number("return document.documentElement.scrollWidth");
                    long client = number("return document.documentElement.clientWidth");
                    assertTrue(scroll <= client, where + ": the page scrolls sideways, " + scroll + " > " + client);
                    WebElement heading = driver.findElement(By.cssSelector("section.group h2"));
                    assertEquals(lang.equals("en") ? "What it is" : "是什么", heading.getText(), where);
                    assertEquals(List.of(), Browser.cspViolations(driver), where);
                    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.getValue(),
                            "height", Math.min(6000, number("return document.documentElement.scrollHeight")),
                            "deviceScaleFactor", 1, "mobile", width.getValue() < 600));
                    assertTrue(Browser.screenshot(driver, "resource-" + page.getKey() + "-" + lang + "-"
                            + width.getKey()).toFile().length() > 0);
                }
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theOntologyPageFitsAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        driver.get(serve.url() + "ontology.html");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
        Browser.consoleMessages(driver);
        assertTrue(number("return document.documentElement.scrollWidth")
                <= number("return document.documentElement.clientWidth"), "no sideways scroll");
        assertTrue(driver.findElements(By.cssSelector("section.term#Event p.term-query a[href^='/query?query=']"))
                .size() == 1, "a class links to the query listing its instances");
        assertEquals(List.of(), Browser.cspViolations(driver));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theCuesOfATranscriptOpenOnAClickAndTheGraphIsAClickAway() {
        driver.get(serve.url());
        driver.executeScript("localStorage.setItem('ai-milestones.lang', 'en');");
        open(pages.get("transcript"), 390);
        WebElement row = driver.findElement(By.xpath("//dt[a[@href='/ontology.html#inSource']]/following-sibling::dd[1]"));
        WebElement last = row.findElement(By.cssSelector("details.more li:last-child a"));
        assertTrue(!last.isDisplayed(), "the long list starts collapsed");
        row.findElement(By.cssSelector("details.more > summary")).click();
        assertTrue(last.isDisplayed(), "and opens on a click");
        assertTrue(number("return document.documentElement.scrollWidth")
                <= number("return document.documentElement.clientWidth"), "still no sideways scroll");
        driver.findElement(By.cssSelector("a.graph-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/graph?iri="));
        assertTrue(driver.getCurrentUrl().contains("graph?iri=https%3A%2F%2Fw3id.org%2Fai-milestones%2Fresource%2F"),
                driver.getCurrentUrl());
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
