package org.aimilestones.paths;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.sys.JenaSystem;

/**
 * The path service in SPARQL, as the property function {@code path:find} ({@value #IRI}):
 *
 * <pre>
 * PREFIX path: &lt;https://w3id.org/ai-milestones/paths#&gt;
 * SELECT ?path ?hop ?s ?p ?o WHERE {
 *   (?path ?hop ?s ?p ?o) path:find (res:geoffrey-hinton res:alexnet 5 4)
 * } ORDER BY ?path ?hop
 * </pre>
 *
 * One row per step of each path: ?path its rank (1 = shortest), ?hop the step's number along it (1 = from the start),
 * and the step's triple as the graph states it (?s ?p ?o, whichever way the path walks it), so that
 * {@code CONSTRUCT { ?s ?p ?o }} draws the paths. The subject list is any prefix of those five variables; the object
 * list is (from to), (from to k) or (from to k maxHops), with the defaults and maxima of {@link PathQuery} and the
 * default {@link EdgePolicy}. from and to may be variables bound before. An endpoint that is not an IRI of the graph, or
 * two equal endpoints, give no rows; a bad k or maxHops, or a search that needs more than the default bound on held
 * nodes, is an error; the query's deadline applies.
 */
public final class PathsFunction extends PropertyFunctionBase {

    /** The namespace of the path service's SPARQL functions. */
    public static final String NS = "https://w3id.org/ai-milestones/paths#";
    /** The IRI of the property function. */
    public static final String IRI = NS + "find";

    private static volatile boolean registered;

    /** Registers {@value #IRI} with ARQ's property function registry (once; later calls do nothing). */
    public static void register() {
        if (!registered) {
            synchronized (PathsFunction.class) {
                if (!registered) {
                    JenaSystem.init();
                    PropertyFunctionRegistry.get().put(IRI, uri -> new PathsFunction());
                    registered = true;
                }
            }
        }
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        super.build(subject, predicate, object, execCxt);
        List<Node> vars = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        if (vars.isEmpty() || vars.size() > 5 || !vars.stream().allMatch(Node::isVariable)) {
            throw new QueryBuildException("path:find: the subject must be 1 to 5 variables, (?path ?hop ?s ?p ?o)");
        }
        List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
        if (args.size() < 2 || args.size() > 4) {
            throw new QueryBuildException("path:find: the object must be (from to), (from to k) or"
                    + " (from to k maxHops)");
        }
        for (int i = 2; i < args.size(); i++) {
            number(args.get(i), i == 2 ? "k" : "maxHops", i == 2 ? PathQuery.MAX_K : PathQuery.MAX_HOPS);
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject,
            ExecutionContext execCxt) {
        PropFuncArg object = Substitute.substitute(argObject, binding);
        List<Node> args = object.getArgList();
        Node from = args.get(0);
        Node to = args.get(1);
        if (!from.isURI() || !to.isURI() || from.equals(to)) {
            return IterLib.noResults(execCxt);
        }
        int k = args.size() > 2 ? number(args.get(2), "k", PathQuery.MAX_K) : PathQuery.DEFAULT_K;
        int hops = args.size() > 3 ? number(args.get(3), "maxHops", PathQuery.MAX_HOPS) : PathQuery.DEFAULT_HOPS;
        PathFinder finder = new PathFinder(execCxt.getActiveGraph());
        if (!finder.knows(from) || !finder.knows(to)) {
            return IterLib.noResults(execCxt);
        }
        PathResult result;
        try {
            result = finder.find(new PathQuery(from, to, k, hops, PathQuery.DEFAULT_VISITED, EdgePolicy.DEFAULT));
        } catch (PathRequestException e) {
            // the server answers a QueryBuildException with a 400 carrying its message
            throw new QueryBuildException("path:find: " + e.getMessage());
        }
        List<Node> vars = argSubject.isList() ? argSubject.getArgList() : List.of(argSubject.getArg());
        List<Binding> rows = new ArrayList<>();
        int rank = 1;
        for (Path path : result.paths()) {
            for (int i = 0; i < path.length(); i++) {
                Triple t = path.triple(i);
                List<Node> values = List.of(NodeFactoryExtra.intToNode(rank), NodeFactoryExtra.intToNode(i + 1),
                        t.getSubject(), t.getPredicate(), t.getObject());
                BindingBuilder row = Binding.builder(binding);
                boolean consistent = true;
                for (int v = 0; v < vars.size(); v++) {
                    Var var = Var.alloc(vars.get(v));
                    Node bound = row.get(var);
                    if (bound == null) {
                        row.add(var, values.get(v));
                    } else if (!bound.equals(values.get(v))) {
                        consistent = false;
                    }
                }
                if (consistent) {
                    rows.add(row.build());
                }
            }
            rank++;
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    private static int number(Node node, String name, int max) {
        if (node.isVariable()) {
            throw new QueryBuildException("path:find: " + name + " must be a number, not a variable");
        }
        int n = node.isLiteral() ? NodeFactoryExtra.nodeToInt(node) : Integer.MIN_VALUE;
        if (n < 1 || n > max) {
            throw new QueryBuildException("path:find: " + name + " must be a whole number from 1 to " + max
                    + ", not " + node);
        }
        return n;
    }

}
