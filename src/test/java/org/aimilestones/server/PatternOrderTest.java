package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.testing.Solutions;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's order of triple patterns and paths ({@link PatternOrder}): the same answers as Jena's own order, for
 * every competency query and for patterns where solutions flow in from outside a group, and the path first where it
 * is the selective start.
 */
class PatternOrderTest {

    private static final String PREFIXES = """
            PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private static DatasetGraph plain;
    private static DatasetGraph planned;
    private static Context ordered;

    @BeforeAll
    static void load() throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        plain = DatasetGraphFactory.wrap(kg.inferred());
        planned = DatasetGraphFactory.wrap(kg.inferred());
        ServedFigures figures = ServedFigures.of(plain);
        PatternOrder.install(planned.getContext(), () -> Optional.of(figures));
        ordered = Context.mergeCopy(ARQ.getContext(), planned.getContext());
    }

    static Stream<String> competencyQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().map(f -> f.getFileName().toString())
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("competencyQueries")
    void competencyQueriesAnswerTheSame(String file) throws IOException {
        sameAnswers(Files.readString(Path.of("queries", file)));
    }

    /** Groups with paths where solutions flow in: from an OPTIONAL's left side, into EXISTS, through a sequence. */
    @ParameterizedTest
    @MethodSource("flowingIn")
    void groupsWithSolutionsFlowingInAnswerTheSame(String query) {
        sameAnswers(PREFIXES + query);
    }

    static Stream<String> flowingIn() {
        return Stream.of(
                "SELECT ?e ?c { ?e aimil:dateBasis ?b OPTIONAL { ?e a ?c . ?c rdfs:subClassOf* aimil:Event } }",
                "SELECT ?e { ?e aimil:dateBasis ?b FILTER EXISTS { ?e a ?c . ?c rdfs:subClassOf+ aimil:Event } }",
                "SELECT ?e { ?e aimil:dateBasis ?b FILTER NOT EXISTS { ?e a ?c . ?c rdfs:subClassOf+ aimil:Event } }",
                "SELECT ?x ?y { ?x a aimil:Organization . ?x aimil:partOf* ?y . ?y a ?t }",
                "SELECT ?x ?y { ?y aimil:partOf+ ?x . ?x a ?t }",
                "SELECT ?c ?n { { ?c rdfs:subClassOf* aimil:Event } UNION { ?c rdfs:subClassOf* aimil:Agent } ?c rdfs:label ?n }",
                "SELECT ?e ?k { ?e a ?k . ?k rdfs:subClassOf* aimil:Event . { SELECT ?e (COUNT(*) AS ?n) { ?e ?p ?o } GROUP BY ?e } }",
                "SELECT ?s ?o { ?s (aimil:partOf|aimil:affiliation)/aimil:partOf* ?o . ?o a aimil:University }",
                "SELECT * { GRAPH ?g { ?s rdfs:subClassOf* ?o } }");
    }

    @Test
    void aSelectivePathGoesFirst() {
        Op op = plan("SELECT ?e ?k { ?e a ?c . ?c rdfs:subClassOf* aimil:Event ; rdfs:label ?k }");
        assertTrue(sequenceWithPath(op).get(0) instanceof OpPath, "the path from aimil:Event first: " + op);
    }

    @Test
    void aPathWhoseEndFlowsInIsNotMovedBeforeIt() {
        // in the OPTIONAL, ?f is bound by the left side: the path from ?f stays the start, not ?u's class
        Op op = plan("SELECT * { ?x a aimil:Founding ; aimil:foundedBy ?f OPTIONAL { ?f aimil:affiliation/aimil:partOf* ?u ."
                + " ?u a aimil:University } }");
        String plan = op.toString();
        assertTrue(plan.indexOf("?f <https://w3id.org/ai-milestones/ontology#affiliation>") < plan.indexOf("University"),
                "the path from ?f first: " + op);
    }

    @Test
    void aPathOfLengthZeroFromNowhereIsNotTheStart() {
        Op op = plan("SELECT * { ?y aimil:partOf* ?u . ?u a aimil:University }");
        assertTrue(!(sequenceWithPath(op).get(0) instanceof OpPath), "the class first: " + op);
    }

    @Test
    void withoutFiguresJenasOrderIsKept() {
        Context none = Context.mergeCopy(ARQ.getContext(), new Context());
        PatternOrder.install(none, Optional::empty);
        String query = PREFIXES + "SELECT ?e ?k { ?e a ?c . ?c rdfs:subClassOf* aimil:Event ; rdfs:label ?k }";
        Op compiled = Algebra.compile(QueryFactory.create(query));
        assertEquals(Algebra.optimize(compiled, Context.mergeCopy(ARQ.getContext(), new Context())),
                Algebra.optimize(compiled, none));
    }

    private static Op plan(String query) {
        return Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query)), ordered);
    }

    /** @return the first sequence in op that has a path among its elements */
    private static OpSequence sequenceWithPath(Op op) {
        List<OpSequence> found = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSequence sequence) {
                if (sequence.getElements().stream().anyMatch(OpPath.class::isInstance)) {
                    found.add(sequence);
                }
            }
        });
        return found.get(0);
    }

    private static void sameAnswers(String text) {
        Query query = QueryFactory.create(text);
        Map<Binding, Integer> expected = Solutions.counted(QueryExec.dataset(plain).query(query));
        Map<Binding, Integer> actual = Solutions.counted(QueryExec.dataset(planned).query(query));
        assertEquals(expected, actual, text);
        assertTrue(!text.contains("rdfs:subClassOf*") || text.contains("GRAPH") || !expected.isEmpty(),
                "the query finds something: " + text);
    }
}
