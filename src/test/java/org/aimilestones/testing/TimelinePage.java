package org.aimilestones.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline page (/timeline) as its browser tests see it: what the graph says it must show (every event with its
 * kind, labels, topics, organizations and the spans its date or its sources' date claims mean, worked out here in
 * Java from the literals' datatypes, independently of the page's script) and what the page drew (the chart's series
 * data as ECharts holds it, the lists' items).
 */
public final class TimelinePage {

    private static final long DAY = 86_400_000L;
    private static final String PREFIXES = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private TimelinePage() {}

    /** A stretch of time, in ms since the epoch (UTC), end exclusive, and the precision it was stated at. */
    public record Span(long start, long end, String precision) {}

    /** One event as the graph has it. */
    public record Event(String iri, String kind, String en, String zh, List<Span> spans, Set<String> topics,
            Set<String> orgs) {
        public boolean dated() {
            return !spans.isEmpty();
        }

        public boolean overlaps(long from, long to) {
            return spans.stream().anyMatch(s -> s.end() > from && s.start() < to);
        }
    }

    /** @return every event of the dataset, by IRI */
    public static Map<String, Event> events(DatasetGraph dataset) {
        Map<String, Event> events = new TreeMap<>();
        Map<String, List<Span>> claims = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            select(dataset, """
                    SELECT ?event ?date WHERE { ?c a aimil:DateClaim ; aimil:about ?event ; aimil:claimedDate ?date }
                    ORDER BY ?event ?date""").forEachRemaining(b -> {
                Span s = span(b.get("date"));
                List<Span> list = claims.computeIfAbsent(b.get("event").getURI(), k -> new ArrayList<>());
                if (!list.contains(s)) {
                    list.add(s);
                }
            });
            select(dataset, """
                    SELECT ?event ?kind (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?sort) (SAMPLE(?le) AS ?en) (SAMPLE(?lz) AS ?zh)
                    WHERE {
                      ?event a ?kind . ?kind rdfs:subClassOf* aimil:Event .
                      FILTER NOT EXISTS { ?event a ?sub . ?sub rdfs:subClassOf+ ?kind . FILTER(?sub != ?kind) }
                      OPTIONAL { ?event aimil:date ?d } OPTIONAL { ?event aimil:sortDate ?s }
                      OPTIONAL { ?event rdfs:label ?le FILTER(lang(?le) = "en") }
                      OPTIONAL { ?event rdfs:label ?lz FILTER(lang(?lz) = "zh") }
                    } GROUP BY ?event ?kind""").forEachRemaining(b -> {
                String iri = b.get("event").getURI();
                List<Span> spans = new ArrayList<>();
                if (b.get("date") != null) {
                    spans.add(span(b.get("date")));
                } else if (claims.containsKey(iri)) {
                    spans.addAll(claims.get(iri));
                    spans.sort((p, q) -> Long.compare(p.start(), q.start()));
                } else if (b.get("sort") != null) {
                    spans.add(span(b.get("sort")));
                }
                events.put(iri, new Event(iri, b.get("kind").getURI(), text(b.get("en")), text(b.get("zh")), spans,
                        new TreeSet<>(), new TreeSet<>()));
            });
            select(dataset, "SELECT ?event ?topic WHERE { ?event aimil:topic ?topic }").forEachRemaining(b -> {
                Event e = events.get(b.get("event").getURI());
                if (e != null) {
                    e.topics().add(b.get("topic").getURI());
                }
            });
            select(dataset, "SELECT ?event ?org WHERE { ?event aimil:participant|aimil:about ?org ."
                    + " ?org a/rdfs:subClassOf* aimil:Organization }").forEachRemaining(b -> {
                Event e = events.get(b.get("event").getURI());
                if (e != null) {
                    e.orgs().add(b.get("org").getURI());
                }
            });
        });
        return events;
    }

    private static RowSet select(DatasetGraph dataset, String query) {
        return QueryExec.dataset(dataset).query(PREFIXES + query).select();
    }

    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    /** @return the span a date literal means: a gYear its year, a gYearMonth its month, a date its day */
    public static Span span(Node literal) {
        Matcher m = Pattern.compile("^(-?\\d{4,})(?:-(\\d{2}))?(?:-(\\d{2}))?").matcher(literal.getLiteralLexicalForm());
        if (!m.find()) {
            throw new IllegalArgumentException("not a date: " + literal);
        }
        String type = literal.getLiteralDatatypeURI();
        int year = Integer.parseInt(m.group(1));
        if (XSDDatatype.XSDgYear.getURI().equals(type)) {
            LocalDate start = LocalDate.of(year, 1, 1);
            return new Span(ms(start), ms(start.plusYears(1)), "year");
        }
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
            LocalDate start = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
            return new Span(ms(start), ms(start.plusMonths(1)), "month");
        }
        LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new Span(ms(day), ms(day.plusDays(1)), "day");
    }

    private static long ms(LocalDate d) {
        return d.toEpochDay() * DAY;
    }

    /** @return the ms of the first day of year */
    public static long year(int year) {
        return ms(LocalDate.of(year, 1, 1));
    }

    // ---- the page ----

    /** Opens url in browser and waits (up to timeout) until the timeline has drawn; returns the chart's element. */
    public static WebElement open(ChromeDriver browser, String url, Duration timeout) {
        browser.get(url);
        return waitDrawn(browser, timeout);
    }

    /** Waits until the timeline has drawn (data-plotted set); returns the chart's element. */
    public static WebElement waitDrawn(ChromeDriver browser, Duration timeout) {
        WebElement chart = browser.findElement(By.id("timeline"));
        new WebDriverWait(browser, timeout).until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-plotted"));
        return chart;
    }

    /** What the chart drew: its series' data (lanes, events, clusters), size and zoom window, as ECharts holds them. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> model(ChromeDriver browser, WebElement chart) {
        return (Map<String, Object>) browser.executeScript("""
                const c = echarts.getInstanceByDom(arguments[0]);
                if (!c) return { lanes: [], events: [], clusters: [], width: 0, height: 0, window: [0, 0] };
                const o = c.getOption();
                const data = id => { const s = o.series.find(s => s.id === id); return s ? s.data : []; };
                return { lanes: data('lanes'), events: data('events'), clusters: data('clusters'),
                  width: c.getWidth(), height: c.getHeight(),
                  window: [o.dataZoom[0].startValue, o.dataZoom[0].endValue] };""", chart);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> model, String series) {
        return (List<Map<String, Object>>) model.get(series);
    }

    /** @return each event IRI the chart shows, labelled or counted in a cluster, with how often */
    @SuppressWarnings("unchecked")
    public static Map<String, Integer> drawn(Map<String, Object> model) {
        Map<String, Integer> drawn = new TreeMap<>();
        items(model, "events").forEach(e -> drawn.merge((String) e.get("iri"), 1, Integer::sum));
        items(model, "clusters").forEach(c -> ((List<String>) c.get("members"))
                .forEach(iri -> drawn.merge(iri, 1, Integer::sum)));
        return drawn;
    }

    /** @return the pairs of drawn things (labelled bars, clusters) whose boxes overlap, and those outside the chart */
    @SuppressWarnings("unchecked")
    public static List<String> collisions(Map<String, Object> model) {
        List<Map<String, Object>> all = new ArrayList<>(items(model, "events"));
        all.addAll(items(model, "clusters"));
        double width = ((Number) model.get("width")).doubleValue();
        double height = ((Number) model.get("height")).doubleValue();
        List<String> out = new ArrayList<>();
        List<double[]> boxes = all.stream().map(e -> ((List<Number>) e.get("box")).stream()
                .mapToDouble(Number::doubleValue).toArray()).toList();
        for (int i = 0; i < boxes.size() && out.size() < 10; i++) {
            double[] p = boxes.get(i);
            if (p[0] < 0 || p[1] < 0 || p[0] + p[2] > width + 0.5 || p[1] + p[3] > height + 0.5) {
                out.add("outside the chart: " + name(all.get(i)));
            }
            for (int j = i + 1; j < boxes.size() && out.size() < 10; j++) {
                double[] q = boxes.get(j);
                boolean apart = p[0] + p[2] <= q[0] + 0.5 || q[0] + q[2] <= p[0] + 0.5
                        || p[1] + p[3] <= q[1] + 0.5 || q[1] + q[3] <= p[1] + 0.5;
                if (!apart) {
                    out.add(name(all.get(i)) + " / " + name(all.get(j)));
                }
            }
        }
        return out;
    }

    private static String name(Map<String, Object> item) {
        return item.get("iri") != null ? (String) item.get("iri") : "cluster " + item.get("label");
    }

    /** @return the data-iri of each event item of the list with the given id, in order */
    public static List<String> listed(ChromeDriver browser, String id) {
        @SuppressWarnings("unchecked")
        List<String> iris = (List<String>) browser.executeScript("return [...document.querySelectorAll('#' + arguments[0]"
                + " + ' li.event')].map(li => li.dataset.iri)", id);
        return iris;
    }

    /** @return the IRIs of the dated events of events matching which, and of the undated ones */
    public static Set<String> iris(Map<String, Event> events, java.util.function.Predicate<Event> which) {
        Set<String> out = new LinkedHashSet<>();
        events.values().stream().filter(which).forEach(e -> out.add(e.iri()));
        return out;
    }

    /** Asserts the chart shows exactly the dated events expected (each at least once) and the lists list them. */
    public static void assertShows(ChromeDriver browser, WebElement chart, Set<String> dated, Set<String> undated) {
        Map<String, Object> model = model(browser, chart);
        assertEquals(new TreeSet<>(dated), new TreeSet<>(drawn(model).keySet()), "the chart's events");
        assertEquals(new TreeSet<>(dated), new TreeSet<>(listed(browser, "timeline-list")), "the list's events");
        assertEquals(new TreeSet<>(undated), new TreeSet<>(listed(browser, "timeline-undated")), "the undated events");
        assertEquals(List.of(), collisions(model), "things drawn over each other");
    }
}
