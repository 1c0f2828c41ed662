package org.aimilestones.server;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * ARQ's executor of a query's operators, for the served queries, with two changes: a property path is evaluated
 * through the execution's {@link PathMemo}, and ORDER BY compares the solutions by keys computed once per solution
 * ({@link SortKeys}). Both give ARQ's answers in ARQ's order.
 */
final class ServedExecutor extends OpExecutor {

    private static final OpExecutorFactory FACTORY = ServedExecutor::new;

    private ServedExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** @return builder, whose query execution runs with this executor and a new {@link PathMemo} */
    static QueryExecBuilder install(QueryExecBuilder builder) {
        return install(builder, new PathMemo());
    }

    /** @return builder, whose query execution runs with this executor and memo (one memo, one execution) */
    static QueryExecBuilder install(QueryExecBuilder builder, PathMemo memo) {
        return memo.addTo(builder).set(ARQConstants.sysOpExecutorFactory, FACTORY);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        PathMemo memo = PathMemo.of(execCxt);
        if (memo == null) {
            return super.execute(opPath, input);
        }
        TriplePath pattern = opPath.getTriplePath();
        return new QueryIterRepeatApply(input, execCxt) {
            @Override
            protected QueryIterator nextStage(Binding binding) {
                return memo.evaluate(binding, pattern, getExecContext());
            }
        };
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        if (execCxt.getContext().isDefined(ARQ.spillToDiskThreshold)) {
            return super.execute(opOrder, input); // spilled solutions come back as new objects: ARQ's comparator
        }
        QueryIterator solutions = exec(opOrder.getSubOp(), input);
        return QueryIterSort.create(solutions, new SortKeys(opOrder.getConditions(), execCxt), execCxt);
    }
}
