package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The coverage checklists under data/coverage/: each accounts for everything its source states (every cue of a
 * transcript, every slide of a deck), every ASK answers true over the graph with its RDFS entailments, and every
 * source of the graph has its checklist. Broken checklists are caught (the last test).
 */
class CoverageChecklistTest {

    private static final Path FOLDER = Path.of("data/coverage");

    @TestFactory
    Stream<DynamicTest> everyChecklistAccountsForItsSource() throws IOException {
        return Checklist.all(FOLDER).stream().map(list -> DynamicTest.dynamicTest(list.file().getFileName().toString(),
                () -> {
                    List<String> problems = list.problems(ShippedGraph.get().inferred());
                    assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
                }));
    }

    @Test
    void everySourceHasOneChecklist() throws IOException {
        Map<String, List<String>> checklists = new TreeMap<>();
        for (Checklist list : Checklist.all(FOLDER)) {
            checklists.computeIfAbsent(list.rows().get(0).source(), s -> new ArrayList<>())
                    .add(list.file().getFileName().toString());
        }
        List<String> sources = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(ShippedGraph.get().inferred()))
                .query(Checklist.PREFIXES + "SELECT ?s { ?s a aimil:Source } ORDER BY ?s").build()) {
            exec.execSelect().forEachRemaining(row -> sources.add(row.getResource("s").getURI()));
        }
        assertTrue(sources.size() >= 1);
        for (String source : sources) {
            assertEquals(1, checklists.getOrDefault(source, List.of()).size(),
                    () -> source + " needs one checklist under " + FOLDER + ", has " + checklists.get(source));
        }
        assertEquals(sources, List.copyOf(checklists.keySet()), "every checklist is of a source of the graph");
    }

    /** A three-cue transcript added to the graph, and checklists for it with every kind of mistake. */
    @Test
    void aBrokenChecklistIsCaught() {
        Graph graph = GraphFactory.createDefaultGraph();
        ShippedGraph.get().inferred().find().forEachRemaining(graph::add);
        String source = "https://w3id.org/ai-milestones/resource/test-transcript";
        RDFParser.fromString("""
                PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <%1$s> a aimil:Transcript , aimil:Source .
                <%1$s/cue-1> a aimil:Cue ; aimil:inSource <%1$s> ; aimil:number 1 ; aimil:startOffset "PT0S"^^xsd:duration ; aimil:cueText "大家好"@zh .
                <%1$s/cue-2> a aimil:Cue ; aimil:inSource <%1$s> ; aimil:number 2 ; aimil:startOffset "PT1M2S"^^xsd:duration ; aimil:cueText "谷歌收购了"@zh .
                <%1$s/cue-3> a aimil:Cue ; aimil:inSource <%1$s> ; aimil:number 3 ; aimil:startOffset "PT1M4S"^^xsd:duration ; aimil:cueText "DeepMind"@zh .
                """.formatted(source), Lang.TURTLE).parse(graph);
        String good = """
                res:test-transcript\t1\t00:00:00\t大家好\tno fact: greeting — hello
                res:test-transcript\t2\t00:01:02\t谷歌收购了\tASK { res:google-acquires-deepmind aimil:acquirer res:google }
                res:test-transcript\t3\t00:01:04\tDeepMind\tsee 2
                """;
        assertEquals(List.of(), problems(graph, good), "the good checklist");
        assertProblem(graph, good.replace("no fact: greeting — hello", "TODO"), "give an ASK");
        assertProblem(graph, good.replace("greeting", "boring"), "not a reason");
        assertProblem(graph, good.replace("see 2", "see 3"), "names no earlier cue");
        assertProblem(graph, good.replace("aimil:acquirer res:google", "aimil:acquirer res:baidu"), "does not answer true");
        assertProblem(graph, good.replace("\tDeepMind\t", "\tDeepMlnd\t"), "differ from the cue's");
        assertProblem(graph, good.replace("00:01:04", "00:01:05"), "differ from the cue's");
        assertProblem(graph, good.lines().limit(2).map(l -> l + "\n").reduce("", String::concat), "no row for cue 3");
        assertProblem(graph, good + "res:test-transcript\t4\t00:01:05\tx\tno fact: filler — x\n", "has no cue 4");
        assertProblem(graph, good.replace("ASK { res:google-acquires-deepmind", "ASK { res:google-acquires-deepmind ."),
                "does not run");
        assertTrue(source.endsWith("test-transcript"));
    }

    private static List<String> problems(Graph graph, String tsv) {
        return Checklist.parse(Path.of("test.tsv"), tsv.lines().toList()).problems(graph);
    }

    private static void assertProblem(Graph graph, String tsv, String expected) {
        List<String> problems = problems(graph, tsv);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> "expected \"" + expected + "\" among "
                + problems);
    }
}
