package org.aimilestones.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.path.PathLib;
import org.apache.jena.sparql.util.Symbol;

/**
 * Property paths evaluated once per query execution for each bound end. A path in a {@code FILTER NOT EXISTS} or
 * after a join is evaluated again for every solution that reaches it, mostly from the same few nodes: the competency
 * queries' {@code ?narrower rdfs:subClassOf+ ?kind} runs thousands of times per query over a few dozen classes. The
 * first evaluation from a node (or between two nodes) is ARQ's own ({@link PathLib}); the next ones reuse its result.
 * A memo lives in one query execution's context ({@link #addTo}) and dies with it, so it never sees another data
 * version; an update's WHERE, which may follow a write in the same request, has none. At most {@link #MAX_NODES}
 * nodes are kept; past that, paths are evaluated as ARQ does.
 */
final class PathMemo {

    private static final Symbol MEMO = Symbol.create("urn:x-ai-milestones:path-memo");
    /** The most path ends one query's memo keeps. */
    static final int MAX_NODES = 100_000;

    private record Key(Graph graph, TriplePath pattern, Node subject, Node object) {}

    private final Map<Key, List<Node>> ends = new HashMap<>();
    private final Map<Key, Integer> matches = new HashMap<>();
    private int kept;
    private long evaluated;

    /**
     * @return builder, whose query execution this memo is for (one memo, one execution); {@link ServedExecutor}
     *         evaluates the execution's paths through it
     */
    QueryExecBuilder addTo(QueryExecBuilder builder) {
        return builder.set(MEMO, this);
    }

    /** @return the memo of the query execution of execCxt, if it has one */
    static PathMemo of(ExecutionContext execCxt) {
        return execCxt.getContext().get(MEMO) instanceof PathMemo memo ? memo : null;
    }

    /** @return the solutions of pattern extending binding, as {@link PathLib#execTriplePath} gives them */
    QueryIterator evaluate(Binding binding, TriplePath pattern, ExecutionContext execCxt) {
        Node s = Var.lookup(binding, pattern.getSubject());
        Node o = Var.lookup(binding, pattern.getObject());
        if (Var.isVar(s) && Var.isVar(o) || kept >= MAX_NODES) {
            return PathLib.execTriplePath(binding, pattern, execCxt);
        }
        Key key = new Key(execCxt.getActiveGraph(), pattern, Var.isVar(s) ? null : s, Var.isVar(o) ? null : o);
        Binding root = BindingFactory.empty();
        if (!Var.isVar(s) && !Var.isVar(o)) {
            Integer n = matches.get(key);
            if (n == null) { // not computeIfAbsent: an evaluation may come back here (a property function in the path)
                n = count(PathLib.execTriplePath(root, s, pattern.getPath(), o, execCxt));
                matches.put(key, n);
                evaluated++;
                kept++;
            }
            return QueryIterPlainWrapper.create(Collections.nCopies(n, binding).iterator(), execCxt);
        }
        Var end = Var.alloc(Var.isVar(s) ? s : o);
        List<Node> nodes = ends.get(key);
        if (nodes == null) {
            nodes = new ArrayList<>();
            QueryIterator solutions = PathLib.execTriplePath(root, s, pattern.getPath(), o, execCxt);
            try {
                for (; solutions.hasNext(); ) {
                    nodes.add(solutions.next().get(end));
                }
            } finally {
                solutions.close();
            }
            ends.put(key, nodes);
            evaluated++;
            kept += nodes.size() + 1;
        }
        List<Binding> out = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            out.add(BindingFactory.binding(binding, end, node));
        }
        return QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }

    private static int count(QueryIterator solutions) {
        try {
            int n = 0;
            for (; solutions.hasNext(); solutions.next()) {
                n++;
            }
            return n;
        } finally {
            solutions.close();
        }
    }

    /** @return how many paths this memo had ARQ evaluate (the rest were reused) */
    long evaluated() {
        return evaluated;
    }
}
