package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.aimilestones.testing.ServedGraph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ORDER BY with each solution's keys computed once ({@link SortKeys}, run by {@link ServedExecutor}): the solutions
 * come in exactly ARQ's order, for every competency query that sorts and for the edge cases of ARQ's comparator.
 */
class SortKeysTest {

    private static final String PREFIXES = """
            PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static final DatasetGraph DATASET = ServedGraph.over();

    static Stream<String> sortingQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.filter(f -> f.toString().endsWith(".rq")).sorted().forEach(f -> {
                try {
                    String text = Files.readString(f);
                    if (text.contains("ORDER BY")) {
                        queries.add(text);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        // the edge cases: descending keys, unbound and error keys (first), expressions, ties broken by the terms
        queries.add(PREFIXES + "SELECT ?e ?d { ?e a aimil:Event OPTIONAL { ?e aimil:sortDate ?d } }"
                + " ORDER BY DESC(?d) ?e");
        queries.add(PREFIXES + "SELECT ?e ?d { ?e a aimil:Event OPTIONAL { ?e aimil:sortDate ?d } }"
                + " ORDER BY (?d / 0) (!BOUND(?d)) DESC(STR(?e))");
        queries.add(PREFIXES + "SELECT ?e ?l { ?e a aimil:Event ; rdfs:label ?l } ORDER BY STRLEN(?l)");
        queries.add(PREFIXES + "SELECT ?c ?l { ?c rdfs:subClassOf* aimil:Event ; rdfs:label ?l } ORDER BY LANG(?l)");
        return queries.stream();
    }

    @ParameterizedTest
    @MethodSource("sortingQueries")
    void theSolutionsComeInArqsOrder(String query) {
        List<Binding> arq = solutions(QueryExec.dataset(DATASET).query(QueryFactory.create(query)));
        List<Binding> keyed = solutions(ServedExecutor.install(QueryExec.dataset(DATASET)
                .query(QueryFactory.create(query))));
        assertFalse(arq.isEmpty(), query);
        assertEquals(arq, keyed, query);
    }

    @Test
    void eachKeyIsComputedOncePerSolution() {
        AtomicInteger evaluations = new AtomicInteger();
        ExprVar counted = new ExprVar("n") {
            @Override
            public NodeValue eval(Binding binding, FunctionEnv env) {
                evaluations.incrementAndGet();
                return super.eval(binding, env);
            }
        };
        List<SortCondition> conditions = List.of(new SortCondition(counted, Query.ORDER_ASCENDING));
        List<Binding> solutions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            solutions.add(BindingFactory.binding(Var.alloc("n"), NodeValue.makeInteger((i * 7919L) % 300).asNode()));
        }
        List<Binding> byArq = new ArrayList<>(solutions);
        byArq.sort(new BindingComparator(conditions));
        int arqEvaluations = evaluations.getAndSet(0);
        List<Binding> keyed = new ArrayList<>(solutions);
        keyed.sort(new SortKeys(conditions, new FunctionEnvBase()));
        assertEquals(byArq, keyed);
        assertEquals(300, evaluations.get(), "once per solution");
        assertTrue(arqEvaluations > 2 * 300, "ARQ computes the keys at every comparison: " + arqEvaluations);
    }

    private static List<Binding> solutions(QueryExecBuilder builder) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }
}
