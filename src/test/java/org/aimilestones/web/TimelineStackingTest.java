package org.aimilestones.web;

import static org.aimilestones.testing.TimelinePage.assertShows;
import static org.aimilestones.testing.TimelinePage.items;
import static org.aimilestones.testing.TimelinePage.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aimilestones.search.TextIndex;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.TimelinePage;
import org.aimilestones.testing.WebServer;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The timeline holds hundreds of events on few dates: a made-up graph of {@value #DATED} events of four kinds on five
 * days (two of them a day apart) and {@value #UNDATED} undated ones, drawn in Chromium. Every dated event is drawn,
 * labelled or counted in a cluster whose label shows its count, and listed; the undated ones are listed apart and
 * not drawn; no two labels or clusters are drawn over each other, nor outside the chart, at two window widths; zoomed
 * in to the two days a day apart, the page shows them apart.
 */
@UsesChromium
class TimelineStackingTest {

    private static final int DATED = 400;
    private static final int UNDATED = 60;
    private static final List<String> DATES = List.of("2091-01-01", "2091-01-02", "2091-06-01", "2092-03-15",
            "2093-12-31");
    private static final List<Node> KINDS = List.of(AIMIL.ProductLaunch.asNode(), AIMIL.Founding.asNode(),
            AIMIL.ResearchResult.asNode(), AIMIL.Acquisition.asNode());

    private static WebServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new WebServer(TextIndex.wrap(crowded()));
        browser = Browser.start();
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

    /** The ontology (for the kinds and their labels) and the made-up events, crowded on few dates. */
    private static DatasetGraph crowded() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            Graph g = dsg.getDefaultGraph();
            RDFDataMgr.read(g, "ontology/ai-milestones.ttl");
            for (int i = 0; i < DATED + UNDATED; i++) {
                Node event = NodeFactory.createURI(AIMIL.RESOURCE_NS + "crowded-event-" + i);
                g.add(event, RDF.type.asNode(), KINDS.get(i % KINDS.size()));
                g.add(event, RDFS.label.asNode(), NodeFactory.createLiteralLang("Crowded event " + i, "en"));
                g.add(event, RDFS.label.asNode(), NodeFactory.createLiteralLang("拥挤的事件 " + i, "zh"));
                if (i < DATED) {
                    Node date = NodeFactory.createLiteralDT(DATES.get(i % DATES.size()), XSDDatatype.XSDdate);
                    g.add(event, AIMIL.date.asNode(), date);
                    g.add(event, AIMIL.sortDate.asNode(), date);
                }
            }
        });
        return dsg;
    }

    private static Set<String> events(int from, int to) {
        Set<String> out = new TreeSet<>();
        for (int i = from; i < to; i++) {
            out.add(AIMIL.RESOURCE_NS + "crowded-event-" + i);
        }
        return out;
    }

    @Test
    void hundredsOfEventsOnFewDatesAreLabelledOrCountedWithoutOverlapAtAnyWidth() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        WebElement chart = TimelinePage.open(browser, server.url("/timeline"), Duration.ofSeconds(30));
        assertEquals(String.valueOf(DATED), chart.getAttribute("data-plotted"));
        assertShows(browser, chart, events(0, DATED), events(DATED, DATED + UNDATED));
        assertCounted(model(browser, chart));
        Browser.screenshot(browser, "timeline-crowded");
        browser.manage().window().setSize(new Dimension(760, 1000));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) model(browser, chart).get("width"))
                .intValue() < 760);
        assertShows(browser, chart, events(0, DATED), events(DATED, DATED + UNDATED));
        assertCounted(model(browser, chart));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void zoomedInTheDaysADayApartAreDrawnApart() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        long day = 86_400_000L;
        long first = TimelinePage.span(NodeFactory.createLiteralDT(DATES.get(0), XSDDatatype.XSDdate)).start();
        WebElement chart = TimelinePage.open(browser, server.url("/timeline?from=" + DATES.get(0).substring(0, 8)
                + "01&to=" + DATES.get(0).substring(0, 8) + "08"), Duration.ofSeconds(30));
        Map<String, Object> model = model(browser, chart);
        // the events of the first two days, each day's at its own place on the axis
        Set<String> twoDays = new TreeSet<>();
        for (int i = 0; i < DATED; i++) {
            if (i % DATES.size() < 2) {
                twoDays.add(AIMIL.RESOURCE_NS + "crowded-event-" + i);
            }
        }
        assertShows(browser, chart, twoDays, events(DATED, DATED + UNDATED));
        List<Double> starts = items(model, "events").stream().map(e -> ((Number) ((List<?>) e.get("bar")).get(0))
                .doubleValue()).distinct().sorted().toList();
        assertTrue(starts.size() >= 2 && starts.get(starts.size() - 1) - starts.get(0) > 50, "the days apart: " + starts);
        items(model, "events").forEach(e -> {
            long start = ((Number) ((List<?>) e.get("value")).get(0)).longValue();
            assertTrue(start == first || start == first + day, "a day's event on its day");
            assertEquals("day", e.get("precision"));
        });
        assertCounted(model);
        Browser.screenshot(browser, "timeline-crowded-zoomed");
    }

    /** Every cluster shows how many events it counts. */
    private static void assertCounted(Map<String, Object> model) {
        assertTrue(!items(model, "clusters").isEmpty(), "hundreds on one date: some are counted");
        for (Map<String, Object> c : items(model, "clusters")) {
            int n = ((Number) c.get("count")).intValue();
            assertEquals(n, ((List<?>) c.get("members")).size());
            assertTrue(((String) c.get("label")).contains(String.valueOf(n)), c.get("label") + " counts " + n);
        }
    }
}
