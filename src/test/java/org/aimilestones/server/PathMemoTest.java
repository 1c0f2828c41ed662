package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.aimilestones.testing.ServedGraph;
import org.aimilestones.testing.Solutions;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Paths evaluated once per bound end within a query ({@link PathMemo}): the same answers, fewer evaluations. */
class PathMemoTest {

    private static final String PREFIXES = """
            PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static final DatasetGraph DATASET = ServedGraph.over();

    static Stream<String> queries() {
        return Stream.of(
                // both ends bound, in NOT EXISTS: the most specific kind of each event
                "SELECT ?e ?c { ?e aimil:dateBasis ?b ; a ?c . ?c rdfs:subClassOf* aimil:Event"
                        + " FILTER NOT EXISTS { ?e a ?n . ?n rdfs:subClassOf+ ?c FILTER(?n != ?c) } }",
                // one end bound by each solution, the other a variable: duplicates kept
                "SELECT ?o ?u { ?o a aimil:Organization . ?o (aimil:partOf|aimil:affiliation)* ?u }",
                "SELECT ?o ?u { ?o a aimil:Organization . ?u ^aimil:partOf/aimil:partOf ?o }",
                // from a constant, and a path of length zero between the same node
                "SELECT ?c { ?c rdfs:subClassOf* aimil:Event }",
                "SELECT ?e { ?e a aimil:Event . ?e aimil:partOf* ?e }",
                "SELECT ?x { VALUES ?x { <http://e/nowhere> aimil:Event } ?x rdfs:subClassOf* ?x }");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theSameAnswersAsArq(String query) {
        Map<Binding, Integer> plain =
                Solutions.counted(QueryExec.dataset(DATASET).query(QueryFactory.create(PREFIXES + query)));
        PathMemo memo = new PathMemo();
        Map<Binding, Integer> memoized = Solutions.counted(ServedExecutor.install(
                QueryExec.dataset(DATASET).query(QueryFactory.create(PREFIXES + query)), memo));
        assertEquals(plain, memoized, query);
        assertTrue(!plain.isEmpty() || query.contains("nowhere"), "the query finds something: " + query);
    }

    @Test
    void aPathIsEvaluatedOncePerEnd() {
        PathMemo memo = new PathMemo();
        String query = PREFIXES + "SELECT ?e ?c { ?e a ?c FILTER EXISTS { ?c rdfs:subClassOf+ aimil:Event } }";
        Map<Binding, Integer> rows =
                Solutions.counted(ServedExecutor.install(QueryExec.dataset(DATASET).query(QueryFactory.create(query)),
                        memo));
        assertTrue(rows.size() > 300, rows.size() + " solutions");
        // the EXISTS is tested once per typed resource and class, the path evaluated once per class
        Map<Binding, Integer> classes = Solutions.counted(QueryExec.dataset(DATASET).query(QueryFactory.create(
                "SELECT DISTINCT ?c { ?e a ?c }")));
        assertEquals(classes.size(), memo.evaluated());
    }
}
