package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Scale;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The graph page over the bundled graph grown by 100k synthetic triples ({@code ai-milestones generate}), served as a
 * user serves it: the best connected synthetic resource and a real hub draw, list all their neighbours (up to the
 * page's limit), expand, keep their labels apart, in time and with no Content-Security-Policy violation.
 */
@Isolated // times drawing: nothing else may run beside it
class GraphPageScaleTest {

    @TempDir
    static Path dir;
    static Path generated;
    static ServeThread serve;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        Path data = Files.createDirectories(dir.resolve("data"));
        CliRun run = CliRun.cli("generate", "--scale", Scale.arg(100_000), "--output",
                data.resolve("ai-milestones-generated.nt").toString());
        assertEquals(0, run.exitCode(), run.err());
        generated = Files.move(data.resolve("ai-milestones-generated.nt"), data.resolve("ai-milestones-generated.ttl"));
        serve = new ServeThread("--data", data.toString());
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
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

    /** @return the synthetic resource named most often as object of a link in the generated file, ties by IRI */
    private static String syntheticHub() throws IOException {
        Pattern link = Pattern.compile("^<[^>]+> <[^>]+> <(" + Pattern.quote(GraphPageTest.RES) + "synthetic/[^>]+)> \\.$");
        try (Stream<String> lines = Files.lines(generated)) {
            Map<String, Long> counts = lines.map(link::matcher).filter(Matcher::matches).map(m -> m.group(1))
                    .collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
            String best = null;
            for (Map.Entry<String, Long> e : counts.entrySet()) { // in IRI order: the first of the most linked
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            assertTrue(best != null, "no synthetic link in " + generated);
            return best;
        }
    }

    @Test
    void drawsAndExpandsAtScale() throws IOException {
        for (String iri : List.of(syntheticHub(), GraphPageTest.GOOGLE)) {
            long started = System.nanoTime();
            GraphPageTest.open(browser, wait, serve.url(), iri);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 30_000, iri + " took " + millis + " ms");
            int nodes = browser.findElements(By.cssSelector("#graph .gv-node")).size();
            assertTrue(nodes > 1, iri + ": " + nodes + " nodes");
            int listed = Integer.parseInt(browser.findElement(By.id("graph")).getDomAttribute("data-listed"));
            assertTrue(listed >= nodes - 1, iri + ": " + listed + " listed, " + nodes + " drawn");
            assertEquals(List.of(), GraphPageTest.overlappingLabels(browser), iri);
            String first = browser.findElement(By.cssSelector(".graph-hood li .graph-expand")).getDomAttribute("aria-label");
            browser.findElement(By.cssSelector(".graph-hood li .graph-expand")).click();
            wait.until(d -> "2".equals(d.findElement(By.id("graph")).getDomAttribute("data-expanded")));
            assertEquals(2, browser.findElements(By.cssSelector(".graph-hood")).size(), first);
            assertEquals(List.of(), GraphPageTest.overlappingLabels(browser), iri + " expanded");
            assertEquals(List.of(), Browser.cspViolations(browser));
        }
        Browser.screenshot(browser, "graph-synthetic-100k-en");
    }
}
