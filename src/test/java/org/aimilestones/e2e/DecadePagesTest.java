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
import org.aimilestones.testing.UsesChromium;

/**
 * Every kind of page over the whole decade graph, in Chromium, in English and in Chinese, at a desktop width
 * (1366×900) and on a phone (390×844, emulated as a mobile device): each loads with no Content-Security-Policy
 * violation and no script error, does not scroll sideways as a whole, and leaves a screenshot
 * (target/screenshots/decade-PAGE-LANG-WIDTH.png) to look at. With {@code -Dscreenshots.docs=docs/screenshots} the
 * screenshots are also written there under the names the docs show ({@code PAGE-LANG-WIDTH.png}; bin/screenshots).
 */
@UsesChromium
class DecadePagesTest {

    static final List<String> PAGES = List.of("", "search?q=OpenAI", "timeline", "graph?iri="
            + "https://w3id.org/ai-milestones/resource/openai", "query?name=events-per-year-and-kind",
            "paths?from=https://w3id.org/ai-milestones/resource/geoffrey-hinton&to="
                    + "https://w3id.org/ai-milestones/resource/alexnet", "page/openai", "page/openai-releases-chatgpt",
            "ontology.html");

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

    /** Whether the screenshots are taken for the docs (-Dscreenshots.docs=FOLDER). */
    static final boolean DOCS = !System.getProperty("screenshots.docs", "").isBlank();

    static ServeThread serve;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
        serve = new ServeThread();
        driver = Browser.start();
        Browser.watchActivity(driver);
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

    /** A screen the pages are looked at on: its name in the screenshots' names, its size, whether a phone. */
    record Screen(String name, int width, int height, boolean mobile) {}

    static final List<Screen> SCREENS = List.of(new Screen("desktop", 1366, 900, false),
            new Screen("phone", 390, 844, true));

    @Test
    void everyPageInBothLanguagesOnADesktopAndAPhone() {
        for (Screen screen : SCREENS) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", screen.width(),
                    "height", screen.height(), "deviceScaleFactor", 1, "mobile", screen.mobile()));
            everyPageInBothLanguages(screen);
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    private void everyPageInBothLanguages(Screen screen) {
        for (String lang : List.of("en", "zh")) {
            driver.get(serve.url());
            driver.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0]);", lang);
            for (String page : pages()) {
                driver.get(serve.url() + page);
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                        ((ChromeDriver) d).executeScript("return document.readyState")));
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.tagName("footer"))
                        .isEmpty());
                Browser.settle(driver, 300);
                if (DOCS) { // the charts' animations end before the docs' screenshots are taken
                    sleep(page.startsWith("timeline") || page.startsWith("graph") || page.startsWith("query")
                            || page.startsWith("paths") ? 2500 : 300);
                }
                List<String> messages = Browser.consoleMessages(driver);
                // no page may log an error (a browser that still asks for /favicon.ico, although every page links
                // its icon /assets/favicon.svg, gets a 404 that is not the page's)
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
                Object overflow = driver.executeScript("const e = document.documentElement;"
                        + " return e.scrollWidth - e.clientWidth;");
                assertTrue(((Number) overflow).longValue() <= 1, page + " in " + lang + " on a " + screen.name()
                        + " scrolls sideways by " + overflow + " px");
                String shown = page.isEmpty() ? "landing" : page.replace(AIMIL.RESOURCE_NS, "")
                        .replaceAll("[?&](iri|from|to|name|q)=", "-").replaceAll("[^A-Za-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                String name = (shown.length() > 60 ? shown.substring(0, 60) : shown) + "-" + lang + "-" + screen.name();
                java.nio.file.Path shot = Browser.screenshot(driver, "decade-" + name);
                assertTrue(shot.toFile().length() > 0);
                if (DOCS) {
                    copy(shot, java.nio.file.Path.of(System.getProperty("screenshots.docs")).resolve(name + ".png"));
                }
            }
        }
    }

    private static void copy(java.nio.file.Path from, java.nio.file.Path to) {
        try {
            java.nio.file.Files.createDirectories(to.getParent());
            java.nio.file.Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
