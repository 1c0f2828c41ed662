package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource pages over the project's graph, as served: each fact once, in groups named in English and Chinese;
 * slides and cues in numeric order; long lists collapsed with a count and a SPARQL query that lists them all; the
 * graph view and the paths explorer one click away; rights as text with links; and every resource of the graph has
 * a page that renders.
 */
class ResourcePageGroupsTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String TRANSCRIPT = "/page/ai-milestones-2022-video-transcript";
    /** A term or resource shown by its prefixed name rather than named in words. */
    private static final Pattern RAW_NAME = Pattern.compile(
            ">(owl|schema|skos|dct|foaf|wd|sem|prov|void|dcat|rdf|rdfs|res|time|org|vann):[A-Za-z]");

    private static KnowledgeGraph kg;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> kg.inferred().find().forEachRemaining(dataset.getDefaultGraph()::add));
        server = new TestServer(dataset, Schemas.of(GraphSource.directory(Path.of(".")), kg::ontology),
                IriMapping.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = BROWSER;
        System.arraycopy(headers, 0, all, 2, headers.length);
        HttpResponse<String> r = server.get(path, all);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /** @return the content of the page's main element (the head's JSON-LD and the footer left out) */
    private static String main(String page) {
        return page.substring(page.indexOf("<main>"), page.indexOf("</main>"));
    }

    /** @return the section of the group with this id */
    private static String section(String main, String id) {
        int start = main.indexOf("<section class=\"group\" id=\"" + id + "\">");
        assertTrue(start >= 0, "a group " + id + ": " + main);
        return main.substring(start, main.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void eachFactOnceWithoutRawSameAsOrMaterializedCopies() {
        String hinton = main(page("/page/geoffrey-hinton"));
        assertEquals(1, count(hinton, "http://www.wikidata.org/entity/Q92894"), "the Wikidata link once: " + hinton);
        assertTrue(section(hinton, "external").contains(">Wikidata Q92894</a>"), "named in words");
        for (String raw : List.of("owl:sameAs", "schema:name", "schema:description", "skos:", "dct:", "sem:",
                "prov:", "foaf:")) {
            assertFalse(hinton.contains(">" + raw), raw + " shown raw: " + hinton);
        }
        String comment = "Leader of the University of Toronto team whose AlexNet won";
        assertEquals(1, count(hinton, comment), "the comment once (not again as schema:description)");
        String event = main(page("/page/openai-releases-chatgpt"));
        assertFalse(event.contains("/ontology.html#statedIn"), "no \"stated in\" row beside the sources");
        assertEquals(1, count(event, "<ol class=\"sources\">"));
        String slide = main(page("/page/ai-milestones-2012-2014/slide-4"));
        assertEquals(1, count(section(slide, "external"), "href=\"/page/youtube/40riCqvRoMs\""), "its video once");
        assertFalse(section(slide, "relations").contains("/ontology.html#video\""), "not again as a relation");
    }

    @Test
    void factsAreGroupedInOrderWithBilingualHeadings() {
        String event = main(page("/page/openai-releases-chatgpt"));
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<section class=\"group\" id=\"([a-z]+)\">").matcher(event);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(List.of("what", "when", "relations", "stated"), ids);
        for (String[] heading : new String[][] {{"What it is", "是什么"}, {"When", "时间"},
            {"Who and what it involves", "相关的人与事"}, {"Where it is stated", "出处"}}) {
            assertTrue(event.contains("<h2><span lang=\"en\" data-l=\"en\">" + heading[0]
                    + "</span><span lang=\"zh\" data-l=\"zh\">" + heading[1] + "</span></h2>"), heading[0]);
        }
        assertTrue(event.contains("<nav class=\"groups\""), "a list of the groups at the top");
        String person = main(page("/page/geoffrey-hinton", "Accept-Language", "zh"));
        assertTrue(person.contains(">外部链接<") && person.contains(">链接到此处的资源<") && person.contains(">类型<"),
                "Chinese names of the groups and rows");
        assertTrue(main(page(TRANSCRIPT)).contains(">版权与署名<"));
    }

    @Test
    void disputedDatesShowEachSourcesClaim() {
        String when = section(main(page("/page/openai-releases-chatgpt")), "when");
        assertTrue(when.contains("href=\"/ontology.html#DateDisputed\""), when);
        assertEquals(2, count(when, "<li class=\"claim\">"), when);
        assertTrue(when.contains(">October 2022<") && when.contains(">November 2022<")
                && when.contains("href=\"/page/openai-releases-chatgpt/date-in-2023-transcript\""), when);
        String about = section(main(page("/page/openai-releases-chatgpt")), "relations");
        assertFalse(about.contains("date-in-2023-transcript"), "the claims once, beside the date");
    }

    @Test
    void slidesAndCuesAreInNumericOrder() {
        for (String lang : List.of("en", "zh")) {
            String deck = main(page("/page/ai-milestones-2012-2014", "Accept-Language", lang));
            int two = deck.indexOf("href=\"/page/ai-milestones-2012-2014/slide-2\"");
            int ten = deck.indexOf("href=\"/page/ai-milestones-2012-2014/slide-10\"");
            assertTrue(two >= 0 && ten > two, "slide 2 before slide 10 in " + lang);
            String cues = main(page(TRANSCRIPT, "Accept-Language", lang));
            int cue9 = cues.indexOf("/cue-9\"");
            int cue10 = cues.indexOf("/cue-10\"");
            int cue100 = cues.indexOf("/cue-100\"");
            assertTrue(cue9 >= 0 && cue10 > cue9 && cue100 > cue10, "cue 9, 10, 100 in " + lang);
        }
    }

    @Test
    void largeInverseListsAreCollapsedWithACountAndAQuery() {
        String transcript = main(page(TRANSCRIPT));
        int row = transcript.indexOf("href=\"/ontology.html#inSource\"");
        assertTrue(row >= 0, transcript);
        String dd = transcript.substring(row, transcript.indexOf("</dd>", row));
        assertTrue(dd.contains("<span class=\"count\">365</span>"), dd);
        String open = dd.substring(0, dd.indexOf("<details class=\"more\">"));
        assertEquals(RelationTables.OPEN, count(open, "<li>"), "the first values open");
        assertTrue(dd.contains(">Show 353 more<") && dd.contains(">显示其余 353 项<"));
        Matcher href = Pattern.compile("href=\"/query\\?query=([^\"]+)\"").matcher(dd);
        assertTrue(href.find(), dd);
        String query = URLDecoder.decode(href.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
        HttpResponse<String> rows = server.get("/ai-milestones/sparql?query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(200, rows.statusCode(), rows.body());
        assertEquals(365 + 1, rows.body().split("\r\n").length, "the query lists them all");
        String stated = section(transcript, "stated");
        Matcher many = Pattern.compile(">Stated in it</span><span lang=\"zh\" data-l=\"zh\">其中陈述的</span>"
                + " <span class=\"count\">([0-9]+)</span>").matcher(stated);
        assertTrue(many.find(), "what the source states, counted: " + stated);
        Matcher all = Pattern.compile("href=\"/query\\?query=([^\"]+)\"").matcher(stated);
        assertTrue(all.find(), stated);
        HttpResponse<String> listed = server.get("/ai-milestones/sparql?query=" + URLEncoder.encode(URLDecoder.decode(
                all.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8), StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(Integer.parseInt(many.group(1)), listed.body().lines().skip(1).map(l -> l.split(",")[0])
                .distinct().count(), "the query lists the same things");
        String topic = main(page("/page/large-models"));
        assertTrue(topic.contains("<details class=\"more\">"), "a topic's many events collapsed");
    }

    @Test
    void graphViewAndPathsAreOneClickAway() {
        String event = main(page("/page/openai-releases-chatgpt"));
        String iri = URLEncoder.encode(AIMIL.RESOURCE_NS + "openai-releases-chatgpt", StandardCharsets.UTF_8);
        assertTrue(event.contains("href=\"/graph?iri=" + iri + "\""), event);
        assertTrue(event.contains("href=\"/paths?from=" + iri + "\""), event);
    }

    @Test
    void rightsAreReadableTextWithLinks() {
        String transcript = main(page(TRANSCRIPT));
        String rights = section(transcript, "rights");
        assertTrue(rights.contains("<a href=\"https://github.com/chenzomi12/AIInfra\">GitHub chenzomi12/AIInfra</a>"),
                rights);
        assertTrue(rights.contains(">Credit and terms<") && rights.contains(">署名与使用条件<"));
        assertEquals(1, count(transcript, "The author asks that reuse name the source"), "the credit once");
        assertEquals(Optional.of("CC BY 4.0"), KnownTerms.licence("https://creativecommons.org/licenses/by/4.0/"));
        assertEquals(Optional.of("CC BY-SA 3.0"), KnownTerms.licence("http://creativecommons.org/licenses/by-sa/3.0/"));
        assertEquals(Optional.of("CC0 1.0"), KnownTerms.licence("https://creativecommons.org/publicdomain/zero/1.0/"));
        assertEquals(Optional.empty(), KnownTerms.licence("https://example.org/licence"));
        assertEquals(Optional.of("DOI 10.1145/3065386"), NodeLinks.externalName("https://doi.org/10.1145/3065386"));
    }

    /**
     * Every subject of the graph in the resource namespace has a page: 200, with its groups, naming every term and
     * thing in words (no raw prefixed name such as owl:sameAs or schema:CreativeWork), over HTTP.
     */
    @Test
    void everyResourcePageRenders() throws Exception {
        TreeSet<String> names = new TreeSet<>();
        kg.inferred().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(AIMIL.RESOURCE_NS)) {
                names.add(s.getURI().substring(AIMIL.RESOURCE_NS.length()));
            }
        });
        assertTrue(names.size() > 1000, "resources: " + names.size());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Semaphore inFlight = new Semaphore(4);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (String name : names) {
            inFlight.acquire();
            URI uri = URI.create(server.base() + "page/" + name.replace(" ", "%20"));
            all.add(client.sendAsync(HttpRequest.newBuilder(uri).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        inFlight.release();
                        if (e != null || r.statusCode() != 200 || !r.body().contains("<article class=\"resource\">")
                                || !r.body().contains("</html>")) {
                            failures.add(name + ": " + (e != null ? e : r.statusCode()));
                            return;
                        }
                        Matcher raw = RAW_NAME.matcher(main(r.body()));
                        if (raw.find()) {
                            failures.add(name + ": a raw prefixed name " + raw.group());
                        }
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), List.copyOf(failures), names.size() + " pages in " + ms + " ms");
        System.out.println("resource pages: " + names.size() + " rendered in " + ms + " ms");
    }
}
