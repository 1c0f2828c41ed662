package org.aimilestones.web;

import static org.aimilestones.testing.TimelinePage.assertShows;
import static org.aimilestones.testing.TimelinePage.collisions;
import static org.aimilestones.testing.TimelinePage.drawn;
import static org.aimilestones.testing.TimelinePage.items;
import static org.aimilestones.testing.TimelinePage.iris;
import static org.aimilestones.testing.TimelinePage.listed;
import static org.aimilestones.testing.TimelinePage.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.TimelinePage;
import org.aimilestones.testing.TimelinePage.Event;
import org.aimilestones.testing.TimelinePage.Span;
import org.aimilestones.testing.WebServer;
import org.aimilestones.vocab.AIMIL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The timeline over the decade's graph in Chromium: every dated event drawn (labelled, or counted in a cluster) and
 * listed, each over the span its date means, undated events apart; one lane per kind present; no two labels or
 * clusters drawn over each other; the filters by kind, topic and organization and the zoom change the chart and the
 * list together; Chinese labels in Chinese; no page-level horizontal scroll at phone width; no CSP violation.
 * What the page must show is worked out from the graph in Java ({@link TimelinePage#events}).
 */
@UsesChromium
class TimelineViewTest {

    private static final Duration DRAWN = Duration.ofSeconds(30);

    private static WebServer server;
    private static ChromeDriver browser;
    private static Map<String, Event> events;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new WebServer();
        events = TimelinePage.events(server.dataset());
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

    @BeforeEach
    void english() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(server.url("/timeline"));
        browser.executeScript("localStorage.setItem('ai-milestones.lang', 'en')");
        Browser.cspViolations(browser);
    }

    @AfterEach
    void noCspViolation() {
        assertEquals(List.of(), Browser.cspViolations(browser), "CSP violations");
    }

    private static WebElement open(String query) {
        return TimelinePage.open(browser, server.url("/timeline" + query), DRAWN);
    }

    private static Set<String> dated(Predicate<Event> which) {
        return iris(events, which.and(Event::dated));
    }

    private static Set<String> undated(Predicate<Event> which) {
        return iris(events, which.and(e -> !e.dated()));
    }

    @Test
    void everyDatedEventIsDrawnAndListedAndTheUndatedOnesApart() {
        WebElement chart = open("");
        assertTrue(dated(e -> true).size() > 100 && !undated(e -> true).isEmpty(), "the graph has both");
        assertShows(browser, chart, dated(e -> true), undated(e -> true));
        Map<String, Object> model = model(browser, chart);
        // on one screen of the whole span a good part of the events have their labels, the others their counts
        assertTrue(items(model, "events").size() > dated(e -> true).size() / 6, "labelled: " + items(model, "events")
                .size());
        // the list links each event to its page
        assertEquals(dated(e -> true).size(), browser.findElements(By.cssSelector("#timeline-list li.event a[href^='/page/']"))
                .size());
        assertEquals(undated(e -> true).size(), browser.findElements(By.cssSelector("#timeline-undated li.event a[href^='/page/']"))
                .size());
        Browser.screenshot(browser, "timeline-en-desktop");
    }

    @Test
    void eachEventSpansWhatItsDateMeans() {
        WebElement chart = open("");
        Map<String, Object> model = model(browser, chart);
        // where ECharts' own time axis puts each bar's start and end
        List<List<Number>> axis = castNumbers(browser.executeScript("const c = echarts.getInstanceByDom(arguments[0]);"
                + " return c.getOption().series.find(s => s.id === 'events').data.map(d =>"
                + " [c.convertToPixel({ xAxisIndex: 0 }, d.value[0]), c.convertToPixel({ xAxisIndex: 0 }, d.value[1])]);",
                chart));
        int index = 0;
        Set<String> precisions = new TreeSet<>();
        for (Map<String, Object> bar : items(model, "events")) {
            Event e = events.get((String) bar.get("iri"));
            List<Number> value = castNumbers(bar.get("value"));
            Span drawn = new Span(value.get(0).longValue(), value.get(1).longValue(), (String) bar.get("precision"));
            assertTrue(e.spans().contains(drawn), e.iri() + " drawn over " + drawn + ", its spans: " + e.spans());
            precisions.add(drawn.precision());
            // and the bar lies where the time axis puts its start and end (at least a few pixels wide, for a day)
            List<Number> px = castNumbers(bar.get("bar"));
            List<Number> onAxis = axis.get(index++);
            double start = onAxis.get(0).doubleValue();
            assertEquals(start, px.get(0).doubleValue(), 1.0, e.iri() + " starts where the axis says");
            assertEquals(Math.max(3, onAxis.get(1).doubleValue() - start), px.get(1).doubleValue(), 1.0,
                    e.iri() + " " + drawn + " is as wide as the axis says");
            long days = (drawn.end() - drawn.start()) / 86_400_000L;
            switch (drawn.precision()) {
                case "year" -> assertTrue(days == 365 || days == 366, e.iri() + ": " + days + " days");
                case "month" -> assertTrue(days >= 28 && days <= 31, e.iri() + ": " + days + " days");
                default -> assertEquals(1, days, e.iri());
            }
        }
        assertEquals(Set.of("day", "month", "year"), precisions, "the decade has all three precisions");
        // an event the sources date differently: drawn once per date claimed, marked, and listed with both dates
        Event disputed = events.values().stream().filter(e -> e.spans().size() > 1).findFirst().orElseThrow();
        browser.findElement(By.id("zoom-reset")).click();
        Map<String, Integer> times = drawn(model(browser, chart));
        assertEquals(disputed.spans().size(), times.get(disputed.iri()), disputed.iri() + " drawn once per date");
        WebElement item = browser.findElement(By.cssSelector("#timeline-list li.event[data-iri='" + disputed.iri() + "']"));
        assertEquals(1, item.findElements(By.className("disputed")).size(), "marked in the list");
        assertTrue(item.findElement(By.className("date")).getText().contains(" / "), item.getText());
        items(model(browser, chart), "events").stream().filter(b -> disputed.iri().equals(b.get("iri")))
                .forEach(b -> assertEquals(Boolean.TRUE, b.get("disputed"), "marked in the chart"));
    }

    @Test
    void oneLanePerKindPresentAndLabelsOrCountsInEach() {
        WebElement chart = open("");
        Map<String, Object> model = model(browser, chart);
        List<String> lanes = items(model, "lanes").stream().map(l -> (String) l.get("kind")).toList();
        Set<String> kinds = events.values().stream().filter(Event::dated).map(Event::kind).collect(Collectors.toSet());
        assertEquals(kinds, new TreeSet<>(lanes), "a lane for each kind of dated event, and no other");
        assertEquals(lanes.size(), Set.copyOf(lanes).size(), "one lane each");
        for (int i = 0; i < lanes.size(); i++) {
            int lane = i;
            Predicate<Map<String, Object>> inLane = x -> ((Number) x.get("lane")).intValue() == lane;
            assertTrue(items(model, "events").stream().anyMatch(inLane) || items(model, "clusters").stream()
                    .anyMatch(inLane), "lane " + lanes.get(i) + " is empty");
        }
        for (Map<String, Object> bar : items(model, "events")) {
            assertEquals(events.get((String) bar.get("iri")).en(), bar.get("label"), "labelled with its English name");
        }
        for (Map<String, Object> cluster : items(model, "clusters")) {
            int count = ((Number) cluster.get("count")).intValue();
            assertEquals(count, castNumbers(cluster.get("members")).size());
            assertTrue(((String) cluster.get("label")).contains(String.valueOf(count)), cluster.get("label")
                    + " shows its count " + count);
        }
        assertEquals(List.of(), collisions(model));
    }

    @Test
    void theFiltersChangeTheChartAndTheListTogether() {
        WebElement chart = open("");
        String kind = AIMIL.Founding.getURI();
        choose(chart, "filter-kind", kind);
        assertShows(browser, chart, dated(e -> e.kind().equals(kind)), undated(e -> e.kind().equals(kind)));
        assertEquals(List.of(kind), items(model(browser, chart), "lanes").stream().map(l -> l.get("kind")).toList(),
                "only the lane of the kind");
        browser.findElement(By.id("filter-clear")).click();
        waitPlotted(chart, dated(e -> true).size());

        String topic = mostCommon(Event::topics);
        choose(chart, "filter-topic", topic);
        assertShows(browser, chart, dated(e -> e.topics().contains(topic)), undated(e -> e.topics().contains(topic)));
        String org = mostCommon(Event::orgs);
        choose(chart, "filter-org", org);
        Predicate<Event> both = e -> e.topics().contains(topic) && e.orgs().contains(org);
        assertShows(browser, chart, dated(both), undated(both));
        assertTrue(browser.getCurrentUrl().contains("org="), "the filters are in the address: " + browser.getCurrentUrl());
        // the address opens the same view
        WebElement again = open("?" + browser.getCurrentUrl().split("\\?", 2)[1]);
        assertShows(browser, again, dated(both), undated(both));
    }

    @Test
    void zoomingChangesTheList() {
        WebElement chart = open("");
        int year = busiestYear();
        long from = TimelinePage.year(year);
        long to = TimelinePage.year(year + 1);
        new Select(browser.findElement(By.id("zoom-from"))).selectByValue(String.valueOf(year));
        new Select(browser.findElement(By.id("zoom-to"))).selectByValue(String.valueOf(year));
        waitWindow(chart, from, to);
        Set<String> inYear = dated(e -> e.overlaps(from, to));
        assertTrue(inYear.size() < dated(e -> true).size());
        assertShows(browser, chart, inYear, undated(e -> true));
        assertEquals(String.valueOf(inYear.size()), browser.findElement(By.id("timeline-list")).getAttribute("data-count"));
        Browser.screenshot(browser, "timeline-en-zoomed");

        // the chart's own zoom (the slider, the mouse) moves the list as well: half a year on
        long half = (to - from) / 2;
        browser.executeScript("echarts.getInstanceByDom(arguments[0]).dispatchAction({ type: 'dataZoom',"
                + " dataZoomIndex: 1, startValue: arguments[1], endValue: arguments[2] })", chart, from + half, to + half);
        waitWindow(chart, from + half, to + half);
        assertShows(browser, chart, dated(e -> e.overlaps(from + half, to + half)), undated(e -> true));

        // a cluster, clicked, zooms in to its events, which the list then shows
        browser.findElement(By.id("zoom-reset")).click();
        waitSettled(chart);
        Map<String, Object> model = model(browser, chart);
        Map<String, Object> cluster = items(model, "clusters").stream()
                .max(Comparator.comparingInt(c -> ((Number) c.get("count")).intValue())).orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> members = (List<String>) cluster.get("members");
        List<Number> before = castNumbers(model.get("window"));
        click(chart, castNumbers(cluster.get("at")));
        new WebDriverWait(browser, DRAWN).until(d -> !castNumbers(model(browser, chart).get("window")).equals(before));
        waitSettled(chart);
        assertTrue(listed(browser, "timeline-list").containsAll(members), "the cluster's events are listed");
        assertTrue(listed(browser, "timeline-list").size() < dated(e -> true).size(), "and fewer others");
    }

    @Test
    void chineseLabelsInChineseMode() {
        WebElement chart = open("");
        browser.findElement(By.cssSelector("#lang-switch button[data-set=zh]")).click();
        new WebDriverWait(browser, DRAWN).until(d -> "zh-CN".equals(browser.executeScript(
                "return document.documentElement.lang")));
        waitSettled(chart);
        Map<String, Object> model = model(browser, chart);
        for (Map<String, Object> bar : items(model, "events")) {
            Event e = events.get((String) bar.get("iri"));
            assertEquals(e.zh() != null ? e.zh() : e.en(), bar.get("label"));
        }
        String item = browser.findElement(By.cssSelector("#timeline-list li.event")).getText();
        assertTrue(item.matches("(?s).*[\\u4e00-\\u9fff].*"), "the list in Chinese: " + item);
        String kinds = new Select(browser.findElement(By.id("filter-kind"))).getFirstSelectedOption().getText();
        assertEquals("所有类型", kinds);
        assertTrue(browser.findElement(By.id("timeline-status")).getText().contains("个事件"));
        hover(chart, model);
        Browser.screenshot(browser, "timeline-zh-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        waitSettled(chart);
        assertNoHorizontalScroll();
        Browser.screenshot(browser, "timeline-zh-phone");
        browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
    }

    @Test
    void aPhoneScreenScrollsOnlyDownwards() {
        browser.manage().window().setSize(new Dimension(390, 844));
        WebElement chart = open("");
        waitSettled(chart);
        assertNoHorizontalScroll();
        Map<String, Object> model = model(browser, chart);
        assertTrue(((Number) model.get("width")).intValue() <= 390, "the chart fits: " + model.get("width"));
        assertShows(browser, chart, dated(e -> true), undated(e -> true));
        hover(chart, model);
        Browser.screenshot(browser, "timeline-en-phone");
        browser.executeScript("document.getElementById('timeline-list').scrollIntoView()");
        Browser.screenshot(browser, "timeline-en-phone-list");
    }

    // ---- helpers ----

    private static void assertNoHorizontalScroll() {
        Number scroll = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(scroll.intValue() <= 0, "the page scrolls sideways by " + scroll + " px");
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castNumbers(Object list) {
        return (List<T>) list;
    }

    private static String mostCommon(Function<Event, Set<String>> of) {
        return events.values().stream().filter(Event::dated).flatMap(e -> of.apply(e).stream())
                .collect(Collectors.groupingBy(x -> x, Collectors.counting())).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().orElseThrow().getKey();
    }

    private static int busiestYear() {
        return events.values().stream().filter(Event::dated)
                .map(e -> java.time.LocalDate.ofEpochDay(e.spans().get(0).start() / 86_400_000L).getYear())
                .collect(Collectors.groupingBy(y -> y, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void choose(WebElement chart, String select, String value) {
        new Select(browser.findElement(By.id(select))).selectByValue(value);
        waitSettled(chart);
    }

    private static void waitPlotted(WebElement chart, int n) {
        new WebDriverWait(browser, DRAWN).until(d -> String.valueOf(n).equals(chart.getAttribute("data-plotted")));
        waitSettled(chart);
    }

    /** Waits until the chart's window is [from, to) and the page has drawn it. */
    private static void waitWindow(WebElement chart, long from, long to) {
        new WebDriverWait(browser, DRAWN).until(d -> {
            List<Number> w = castNumbers(model(browser, chart).get("window"));
            return Math.abs(w.get(0).longValue() - from) < 1000 && Math.abs(w.get(1).longValue() - to) < 1000;
        });
        waitSettled(chart);
    }

    /** Waits until no redraw is pending (two animation frames). */
    private static void waitSettled(WebElement chart) {
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)))");
    }

    private static void click(WebElement chart, List<Number> at) {
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center' })", chart);
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top]", chart);
        new Actions(browser).moveToLocation((int) Math.round(r.get(0).doubleValue() + at.get(0).doubleValue()),
                (int) Math.round(r.get(1).doubleValue() + at.get(1).doubleValue())).click().perform();
    }

    /** Moves the pointer over the first few labelled events and clusters, so that ECharts shows its tooltips. */
    private static void hover(WebElement chart, Map<String, Object> model) {
        browser.executeScript("arguments[0].scrollIntoView({ block: 'start' })", chart);
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top]", chart);
        List<Map<String, Object>> things = new java.util.ArrayList<>(items(model, "events").subList(0,
                Math.min(4, items(model, "events").size())));
        things.addAll(items(model, "clusters").subList(0, Math.min(2, items(model, "clusters").size())));
        for (Map<String, Object> thing : things) {
            List<Number> at = castNumbers(thing.get("at"));
            double y = r.get(1).doubleValue() + at.get(1).doubleValue();
            if (y > 0 && y < 800) {
                new Actions(browser).moveToLocation((int) (r.get(0).doubleValue() + at.get(0).doubleValue()), (int) y)
                        .perform();
            }
        }
        assertFalse(things.isEmpty());
    }
}
