package org.aimilestones.testing;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/** The solutions of a SELECT as a multiset, for tests that compare two ways of answering it (order aside). */
public final class Solutions {

    private Solutions() {}

    /** @return each solution of the query builder makes, with how many times it comes */
    public static Map<Binding, Integer> counted(QueryExecBuilder builder) {
        Map<Binding, Integer> counts = new HashMap<>();
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(row -> counts.merge(row, 1, Integer::sum));
        }
        return counts;
    }
}
