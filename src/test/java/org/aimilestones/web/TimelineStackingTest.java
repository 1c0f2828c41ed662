package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aimilestones.search.TextIndex;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.WebServer;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline holds hundreds of events without overlapping points: a made-up graph of {@value #DATED} events of
 * four kinds on five dates (two of them a day apart) and {@value #UNDATED} undated ones, drawn in Chromium; ECharts'
 * own layout of every point (its pixel position) is read back and no two points of one grid are closer than a
 * point's size, at two window widths; the real graph too.
 */
class TimelineStackingTest {

    private static final int DATED = 400;
    private static final int UNDATED = 60;
    private static final int SYMBOL = 10;
    private static final List<String> DATES = List.of("2091-01-01", "2091-01-02", "2091-06-01", "2092-03-15",
            "2093-12-31");
    private static final List<Node> KINDS = List.of(AIMIL.ProductLaunch.asNode(), AIMIL.Founding.asNode(),
            AIMIL.ResearchResult.asNode(), AIMIL.Acquisition.asNode());

    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new WebServer(TextIndex.wrap(crowded()));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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

    @Test
    void hundredsOfEventsOnFewDatesDoNotOverlapAtAnyWidth() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(server.url("/timeline"));
        WebElement chart = browser.findElement(By.id("timeline"));
        wait.until(ExpectedConditions.attributeToBe(chart, "data-plotted", String.valueOf(DATED + UNDATED)));
        assertNoOverlap(chart, DATED, UNDATED);
        Browser.screenshot(browser, "timeline-crowded");
        browser.manage().window().setSize(new Dimension(760, 1000));
        wait.until(d -> ((Number) ((ChromeDriver) d).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).getWidth()", chart)).intValue() < 760);
        assertNoOverlap(chart, DATED, UNDATED);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theRealGraphsTimelineDoesNotOverlapEither() {
        try (WebServer real = new WebServer()) {
            browser.get(real.url("/timeline"));
            WebElement chart = browser.findElement(By.id("timeline"));
            wait.until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-plotted"));
            long plotted = Long.parseLong(chart.getAttribute("data-plotted"));
            Map<String, Object> layout = layout(chart);
            assertEquals(plotted, ((Number) layout.get("dated")).longValue()
                    + ((Number) layout.get("undated")).longValue());
            assertEquals(List.of(), layout.get("overlaps"));
            assertEquals(List.of(), layout.get("outside"));
            Browser.screenshot(browser, "timeline-real");
        }
    }

    private static void assertNoOverlap(WebElement chart, int dated, int undated) {
        Map<String, Object> layout = layout(chart);
        assertEquals(dated, ((Number) layout.get("dated")).intValue(), "every dated event is plotted");
        assertEquals(undated, ((Number) layout.get("undated")).intValue(), "every undated event is plotted");
        assertEquals(List.of(), layout.get("overlaps"), "points closer than a point's size");
        assertEquals(List.of(), layout.get("outside"), "points outside the chart");
    }

    /**
     * @return from ECharts' own layout: how many points each grid holds (dated, undated), the pairs of points of one
     *         grid closer than a point's size (overlaps, the first ten) and the points outside the chart (outside)
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> layout(WebElement chart) {
        return (Map<String, Object>) browser.executeScript("""
                const c = echarts.getInstanceByDom(arguments[0]);
                const size = arguments[1];
                const series = c.getOption().series;
                const grids = [[], []];
                series.forEach((s, si) => {
                  const data = c.getModel().getSeriesByIndex(si).getData();
                  for (let i = 0; i < data.count(); i++) {
                    const at = data.getItemLayout(i);
                    const offset = s.data[i].symbolOffset || s.symbolOffset || [0, 0];   // drawn that far off
                    grids[s.xAxisIndex].push({ x: at[0] + offset[0], y: at[1] + offset[1], iri: s.data[i].iri });
                  }
                });
                const overlaps = [];
                const outside = [];
                grids.forEach(points => {
                  points.forEach((p, i) => {
                    if (!(p.x >= 0 && p.x <= c.getWidth() && p.y >= 0 && p.y <= c.getHeight())) outside.push(p.iri);
                    for (let j = i + 1; j < points.length && overlaps.length < 10; j++) {
                      const q = points[j];
                      if (Math.hypot(p.x - q.x, p.y - q.y) < size) overlaps.push(p.iri + ' / ' + q.iri);
                    }
                  });
                });
                return { dated: grids[0].length, undated: grids[1].length, overlaps, outside: outside.slice(0, 10) };
                """, chart, SYMBOL);
    }
}
