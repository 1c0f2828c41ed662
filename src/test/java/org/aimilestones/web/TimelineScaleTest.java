package org.aimilestones.web;

import static org.aimilestones.testing.CliRun.cli;
import static org.aimilestones.testing.TimelinePage.assertShows;
import static org.aimilestones.testing.TimelinePage.collisions;
import static org.aimilestones.testing.TimelinePage.drawn;
import static org.aimilestones.testing.TimelinePage.iris;
import static org.aimilestones.testing.TimelinePage.listed;
import static org.aimilestones.testing.TimelinePage.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.search.TextIndex;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Scale;
import org.aimilestones.testing.TimelinePage;
import org.aimilestones.testing.TimelinePage.Event;
import org.aimilestones.testing.WebServer;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The timeline over the synthetic 100k graph (the real graph and 100,000 generated triples: thousands of events over
 * decades, hundreds of organizations): it draws within a time limit and every dated event is drawn, labelled or
 * counted, with nothing drawn over anything; the list holds them all (showing the first ones and saying so); a filter
 * and a zoom redraw within a second or two and show exactly their events.
 */
@Isolated // times drawing, filtering and zooming: nothing else may run beside it
class TimelineScaleTest {

    /** The page's own limit of events listed at once (timeline.js LIST_MAX). */
    private static final int LIST_MAX = 1500;

    @TempDir
    static Path tmp;

    private static WebServer server;
    private static ChromeDriver browser;
    private static Map<String, Event> events;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        Path data = Files.createDirectories(tmp.resolve("data"));
        CliRun run = cli("generate", "--scale", Scale.arg(100_000), "--output", data.resolve("generated.ttl").toString());
        assertEquals(0, run.exitCode(), run.err());
        KnowledgeGraph graph = KnowledgeGraph.load(GraphSource.directory(data));
        DatasetGraph served = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(served, () -> GraphUtil.addInto(served.getDefaultGraph(), graph.inferred()));
        server = new WebServer(TextIndex.wrap(served));
        events = TimelinePage.events(served);
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
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

    @Test
    void thousandsOfEventsAreDrawnListedFilteredAndZoomedInTime() {
        Set<String> dated = iris(events, Event::dated);
        Set<String> undated = iris(events, e -> !e.dated());
        assertTrue(dated.size() > 2000, "the synthetic graph's dated events: " + dated.size());

        long start = System.nanoTime();
        WebElement chart = TimelinePage.open(browser, server.url("/timeline"), Duration.ofSeconds(120));
        long loaded = (System.nanoTime() - start) / 1_000_000;
        assertTrue(loaded < 60_000, "drawn in " + loaded + " ms");
        Map<String, Object> model = model(browser, chart);
        assertEquals(dated, new TreeSet<>(drawn(model).keySet()), "every dated event drawn, labelled or counted");
        assertEquals(List.of(), collisions(model));
        assertEquals(String.valueOf(dated.size()), browser.findElement(By.id("timeline-list")).getAttribute("data-count"));
        List<String> listed = listed(browser, "timeline-list");
        assertEquals(Math.min(LIST_MAX, dated.size()), listed.size(), "the first events listed");
        assertTrue(dated.containsAll(listed));
        assertFalse(browser.findElement(By.id("timeline-list-more")).getText().isEmpty(), "and the list says so");
        assertEquals(undated, new TreeSet<>(listed(browser, "timeline-undated")));
        Browser.screenshot(browser, "timeline-synthetic");

        // a filter: the most common kind, drawn anew within a couple of seconds
        String kind = events.values().stream().filter(Event::dated).collect(Collectors.groupingBy(Event::kind,
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long redraw = timed(() -> new Select(browser.findElement(By.id("filter-kind"))).selectByValue(kind));
        assertTrue(redraw < 3_000, "filtered in " + redraw + " ms");
        Set<String> ofKind = iris(events, e -> e.dated() && e.kind().equals(kind));
        assertEquals(ofKind, new TreeSet<>(drawn(model(browser, chart)).keySet()));
        browser.findElement(By.id("filter-clear")).click();

        // a zoom to the busiest year: every event of it drawn and listed
        int year = events.values().stream().filter(Event::dated)
                .map(e -> LocalDate.ofEpochDay(e.spans().get(0).start() / 86_400_000L).getYear())
                .collect(Collectors.groupingBy(y -> y, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long zoom = timed(() -> {
            new Select(browser.findElement(By.id("zoom-from"))).selectByValue(String.valueOf(year));
            new Select(browser.findElement(By.id("zoom-to"))).selectByValue(String.valueOf(year));
        });
        assertTrue(zoom < 6_000, "zoomed in " + zoom + " ms");
        long from = TimelinePage.year(year);
        long to = TimelinePage.year(year + 1);
        assertShows(browser, chart, iris(events, e -> e.dated() && e.overlaps(from, to)), undated);
        Browser.screenshot(browser, "timeline-synthetic-zoomed");
    }

    /** @return the ms the action and the redraw it causes take in the page */
    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)))");
        return (System.nanoTime() - start) / 1_000_000;
    }
}
