package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.query.CompetencyAnswers;
import org.aimilestones.query.CompetencyAnswers.Comparison;
import org.aimilestones.query.CompetencyAnswers.Competency;
import org.aimilestones.testing.GraphSources;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.testing.SyntheticSources;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a source is adding files: a copy of the project with made-up sources added as a curator adds them (two
 * transcripts written by the scaffold, one deck; {@link SyntheticSources}) and nothing else changed. The graph, the
 * dataset description, search, the timeline's data and the pages pick them up, and no per-source competency answer
 * of the real sources changes.
 */
class AddASourceTest {

    @TempDir
    static Path tmp;
    static Path project;
    static ServeThread serve;

    @BeforeAll
    static void start() throws InterruptedException {
        project = SyntheticSources.project(tmp.resolve("project"));
        serve = new ServeThread("--data", project.toString());
        // the dataset description of the copy takes seconds to compute, longer than a page's 10 s on a busy machine
        // (a page asked meanwhile is a 503 "still being computed"): ready before the tests ask
        long until = System.nanoTime() + 180_000_000_000L;
        while (Http.get(serve.url() + ".well-known/void", "text/turtle").statusCode() == 503 && System.nanoTime() < until) {
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    static final List<String> ADDED = List.of(SyntheticSources.firstTranscript(), SyntheticSources.secondTranscript(),
            SyntheticSources.DECK);

    @Test
    void theGraphHoldsTheNewSourcesAndNoRealSourcesAnswerChanges() throws Exception {
        KnowledgeGraph graph = KnowledgeGraph.load(GraphSource.directory(project));
        List<String> sources = GraphSources.iris(graph.inferred());
        assertTrue(sources.containsAll(ADDED), sources.toString());
        assertEquals(SyntheticSources.LAST_YEAR, GraphSources.years(graph.inferred())[1], "the span reaches the new year");
        List<Competency> perSource = new CompetencyAnswers(Path.of(".")).all().stream().filter(Competency::perSource)
                .toList();
        assertTrue(perSource.size() >= 2 * (sources.size() - ADDED.size()), "per-source queries for every real source");
        for (Competency c : perSource) {
            Comparison cmp = CompetencyAnswers.compare(c, graph.inferred(), graph.prefixes());
            assertTrue(cmp.same(), () -> c.name() + " changed when a source was added:\n" + String.join("\n", cmp.diff()));
        }
        assertTrue(Files.exists(project.resolve("queries/by-source/ai-milestones-" + SyntheticSources.FIRST_YEAR
                + "-video-transcript/events.rq")), "the scaffold gave the new transcript its own queries");
    }

    @Test
    void theDatasetDescriptionCreditsTheNewSourcesAndTheirYears() {
        HttpResponse<String> r = Http.get(serve.url() + ".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph d = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE)
                .base(serve.url()).parse(d);
        Node dataset = NodeFactory.createURI("https://w3id.org/ai-milestones/dataset");
        for (String source : ADDED) {
            assertTrue(d.contains(dataset, DCTerms.source.asNode(), NodeFactory.createURI(source)), source);
            assertFalse(d.find(NodeFactory.createURI(source), DCTerms.rights.asNode(), Node.ANY).toList().isEmpty(),
                    source + "'s credit");
        }
        assertTrue(r.body().contains("\"" + SyntheticSources.LAST_YEAR + "\"^^xsd:gYear")
                || r.body().contains("\"" + SyntheticSources.LAST_YEAR + "\"^^<http://www.w3.org/2001/XMLSchema#gYear>"),
                "dct:temporal ends in the new year");
    }

    @Test
    void searchTheTimelinesDataAndThePagesPickThemUp() throws Exception {
        HttpResponse<String> search = Http.get(serve.url() + "search?q=" + Http.enc("合成的有出处事件"), "application/json");
        assertEquals(200, search.statusCode(), search.body());
        assertTrue(search.body().contains(SyntheticSources.EVENT), search.body());
        assertTrue(search.body().contains(SyntheticSources.DECK), "the hit names its source: " + search.body());

        String js = Files.readString(Path.of("src/main/resources/org/aimilestones/web/static/timeline.js"));
        Matcher m = Pattern.compile("const QUERY = `([^`]*)`").matcher(js);
        assertTrue(m.find(), "the timeline's query");
        HttpResponse<String> timeline = Http.postForm(serve.url() + "ai-milestones/sparql", "query=" + Http.enc(m.group(1)),
                "application/sparql-results+json");
        assertEquals(200, timeline.statusCode(), timeline.body());
        assertTrue(timeline.body().contains(SyntheticSources.EVENT), "the timeline's data holds the new event");

        HttpResponse<String> page = Http.get(serve.url() + "page/synthetic-sourced-event", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(SyntheticSources.DECK_CREDIT), "the page credits the deck that states it");
        assertTrue(page.body().contains("https://www.bilibili.com/video/" + SyntheticSources.VIDEO + "?t="),
                "and links the cue to its second of the video");
        HttpResponse<String> landing = Http.get(serve.url(), "text/html");
        assertTrue(landing.body().contains(SyntheticSources.DECK_CREDIT), "the landing page lists the new credit");
    }
}
