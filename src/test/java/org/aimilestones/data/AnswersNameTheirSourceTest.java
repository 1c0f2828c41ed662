package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.testing.SyntheticSources;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The competency queries that answer with a slide or cue also answer with its source, over a copy of the project with
 * made-up sources ({@link SyntheticSources}): a cue's rows carry its transcript, number and start time, a slide's its
 * deck, in series and slide order as numbers; which-slide needs nothing of a fact but its VALUES line; the
 * performance claims' levels are read from the data (a level no real source names is found).
 */
class AnswersNameTheirSourceTest {

    @TempDir
    static Path tmp;
    private static Path project;
    private static Graph graph;

    @BeforeAll
    static void load() throws Exception {
        project = SyntheticSources.project(tmp.resolve("project"));
        graph = KnowledgeGraph.load(GraphSource.directory(project)).inferred();
    }

    /** One row: the named variables' values, as short strings (an IRI's text, a literal's lexical form, or ""). */
    private static List<List<String>> run(String queryText, String... vars) {
        Query query = QueryFactory.create(queryText);
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                List<String> values = new ArrayList<>();
                for (String var : vars) {
                    RDFNode node = row.get(var);
                    values.add(node == null ? "" : node.isURIResource() ? node.asResource().getURI()
                            : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String query(String name) throws IOException {
        return Files.readString(project.resolve("queries").resolve(name + ".rq"));
    }

    private static List<String> row(String source, String number, String time) {
        return List.of(source, number, time);
    }

    @Test
    void everyQueryThatAnswersWithASlideOrCueAnswersWithItsSourceToo() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                Query query = QueryFactory.read(file.toString());
                List<String> vars = query.getResultVars();
                boolean place = vars.contains("slide") || vars.contains("number") || vars.contains("cue");
                assertTrue(!place || vars.contains("source"), file + " answers with a slide or cue but not its source");
            }
        }
    }

    @Test
    void whichSlideFindsCuesWithTheirTimeAndVideoAndSlidesInOrder() throws IOException {
        String text = query("which-slide");
        assertEquals(1, text.lines().filter(l -> l.contains("res:google-acquires-deepmind")).count(),
                "the fact is named once");
        String asked = text.replace("VALUES ?resource { res:google-acquires-deepmind }",
                "VALUES ?resource { <" + SyntheticSources.EVENT + "> }");
        assertFalse(asked.contains("google-acquires-deepmind"), "the VALUES line is the only place naming the fact");
        List<List<String>> rows = run(asked, "source", "number", "time", "title", "text", "video");
        String t1 = SyntheticSources.firstTranscript();
        String video = "https://www.bilibili.com/video/" + SyntheticSources.VIDEO;
        assertEquals(List.of(
                List.of(t1, "3", "PT1M51S", "", "合成事件发生了", video),
                List.of(t1, "12", "PT10M5S", "", "合成事件又被提到", video),
                List.of(SyntheticSources.secondTranscript(), "2", "PT1H2M3S", "", "合成事件的结局", ""),
                List.of(SyntheticSources.DECK, "6", "", "合成页标题 6", "", ""),
                List.of(SyntheticSources.DECK, "10", "", "合成页标题 10", "", "")), rows);
    }

    @Test
    void undatedEventsNameTheirSourcesInSeriesAndNumberOrder() throws IOException {
        List<List<String>> rows = run(query("undated-events"), "label", "source", "number", "time").stream()
                .filter(r -> r.get(0).equals("Synthetic sourced event")).map(r -> r.subList(1, 4)).toList();
        String t1 = SyntheticSources.firstTranscript();
        assertEquals(List.of(row(t1, "3", "PT1M51S"), row(t1, "12", "PT10M5S"),
                row(SyntheticSources.secondTranscript(), "2", "PT1H2M3S"), row(SyntheticSources.DECK, "6", ""),
                row(SyntheticSources.DECK, "10", "")), rows);
    }

    @Test
    void firstsAndPerformanceClaimsFindACueAndALevelNoRealSourceNames() throws IOException {
        List<String> cue = row(SyntheticSources.firstTranscript(), "12", "PT10M5S");
        assertTrue(run(query("firsts"), "source", "number", "time").contains(cue), "the first, with its cue");
        List<List<String>> claims = run(query("performance-claims"), "system", "level", "source", "number", "time");
        assertTrue(claims.contains(List.of("Synthetic system", SyntheticSources.LEVEL_LABEL, cue.get(0), cue.get(1),
                cue.get(2))), "the made-up level is found: " + claims);
        assertFalse(query("performance-claims").contains("res:human-level"), "no level is written in the query");
    }
}
