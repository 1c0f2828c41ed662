package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.GraphSources;
import org.aimilestones.testing.ServedGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of page over the whole decade graph, in Chromium, in English and in Chinese: each loads with no
 * Content-Security-Policy violation and no script error, and leaves a screenshot (target/screenshots/decade-*.png)
 * to look at.
 */
class DecadePagesTest {

    static final List<String> PAGES = List.of("", "search?q=OpenAI", "timeline", "graph?iri="
            + "https://w3id.org/ai-milestones/resource/openai", "query?name=events-per-year-and-kind",
            "page/openai", "page/openai-releases-chatgpt");

    /** @return the pages above, and a source's page, one of its cues and an event the sources date differently, read from the graph */
    static List<String> pages() {
        Graph g = ServedGraph.plain().getDefaultGraph();
        List<String> sources = GraphSources.iris(g);
        String source = sources.get(sources.size() - 1);
        String disputed = g.find(Node.ANY, AIMIL.dateBasis.asNode(), AIMIL.DateDisputed.asNode()).next().getSubject()
                .getURI();
        return java.util.stream.Stream.concat(PAGES.stream(), java.util.stream.Stream.of(source, source + "/cue-1",
                disputed).map(iri -> "page/" + iri.substring(AIMIL.RESOURCE_NS.length()))).toList();
    }

    static ServeThread serve;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
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

    @Test
    void everyPageInBothLanguages() {
        for (String lang : List.of("en", "zh")) {
            driver.get(serve.url());
            driver.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0]);", lang);
            for (String page : pages()) {
                driver.get(serve.url() + page);
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                        ((ChromeDriver) d).executeScript("return document.readyState")));
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.tagName("footer"))
                        .isEmpty());
                sleep(page.startsWith("timeline") || page.startsWith("graph") || page.startsWith("query") ? 2500 : 300);
                List<String> messages = Browser.consoleMessages(driver);
                // the browser's own request for /favicon.ico answers 404: no page links an icon (the one presentation
                // layer of the interface issue gives the pages theirs)
                assertEquals(List.of(), messages.stream().filter(m -> m.contains("Content Security Policy")
                        || m.startsWith("SEVERE") && !m.contains("/favicon.ico ")).toList(), page + " in " + lang);
                if (page.startsWith("search")) {
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(
                            By.cssSelector("#hits .sources")).stream().anyMatch(e -> e.getText().contains(
                                    lang.equals("en") ? " more" : "另有")));
                    String sources = String.join("\n", driver.findElements(By.cssSelector("#hits .sources")).stream()
                            .map(e -> e.getText()).toList());
                    assertTrue(sources.contains(lang.equals("en") ? " more" : "另有"), "a long run of cues is cut short: "
                            + sources);
                }
                String name = "decade-" + (page.isEmpty() ? "landing" : page.replaceAll("[^A-Za-z0-9]+", "-")) + "-" + lang;
                assertTrue(Browser.screenshot(driver, name.length() > 80 ? name.substring(0, 80) : name).toFile().length() > 0);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
