package org.aimilestones.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLateral;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.RDF;

/**
 * Places the property paths of a group among its triple patterns by the served graph's statistics. Jena evaluates a
 * group's triple patterns and paths in the order they are written (it reorders only the triple patterns between two
 * paths), so {@code ?e a ?c . ?c rdfs:subClassOf* aimil:Event} evaluates the path once for every typed resource
 * (17,000 times on the bundled graph) where starting from {@code aimil:Event} finds the few classes at once. Here the
 * triple patterns and paths of a group are joined in a greedy order: next, among the patterns that share a variable
 * with those already placed (any pattern at first), the one with the fewest estimated matches. The estimates come from
 * the served graph's figures ({@link ServedFigures}: triples per property, members per class), the numbers the
 * dataset description publishes; a path from a bound or constant end is taken to reach a few dozen nodes.
 *
 * <p>Only groups with a property path are reordered: a group of triple patterns alone keeps Jena's own order (at run
 * time, from the first solution that flows into it). Reordering a join changes no answer, only the order of the
 * solutions, which SPARQL leaves open without ORDER BY. Before the figures of the served graph are first read, Jena's
 * order is kept. The planner runs before Jena places the filters, which then follow the new order.
 */
final class PatternOrder {

    /** Where the served dataset's context keeps a {@code Supplier<Optional<ServedFigures>>}, the latest figures. */
    static final Symbol FIGURES = Symbol.create("urn:x-ai-milestones:planner-figures");

    /** How many nodes a path is taken to reach from one bound end. */
    static final long PATH_REACH = 30;
    /** How many values a subject (or an object) is taken to have for one property. */
    static final long FANOUT = 4;

    /**
     * Sets up context (the served dataset's) so that queries over it are planned by Jena's standard optimizer with
     * this ordering of groups, from the figures figures supplies.
     */
    static void install(Context context, Supplier<Optional<ServedFigures>> figures) {
        context.set(FIGURES, figures);
        context.set(ARQ.optReorderBGP, true);
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) Optimizer::new);
    }

    /** Jena's standard optimizer, whose optional BGP reordering step is this ordering of groups. */
    private static final class Optimizer extends OptimizerStd {
        private final Context context;

        Optimizer(Context context) {
            super(context);
            this.context = context;
        }

        @Override
        protected Op transformReorder(Op op) {
            Object supplier = context.get(FIGURES);
            if (!(supplier instanceof Supplier<?> figures) || !(figures.get() instanceof Optional<?> read)
                    || !(read.orElse(null) instanceof ServedFigures served)) {
                return op; // no figures yet: Jena's own order
            }
            return new PatternOrder(served).order(op, Set.of());
        }
    }

    private final ServedFigures figures;
    private final long classes;

    PatternOrder(ServedFigures figures) {
        this.figures = figures;
        this.classes = Math.max(1, figures.classes().size());
    }

    /**
     * @return op with the groups that have a property path reordered; outer holds the variables bound where op is
     *         evaluated (by the solutions that flow into it: the left side of an index join, the row a FILTER EXISTS
     *         is tested on, the elements before it in a sequence)
     */
    Op order(Op op, Set<Var> outer) {
        return switch (op) {
            case OpService service -> service;
            case OpSequence sequence -> order(sequence, outer);
            case OpConditional conditional -> {
                Op left = order(conditional.getLeft(), outer);
                yield conditional.copy(left, order(conditional.getRight(), with(outer, left)));
            }
            case OpLateral lateral -> {
                Op left = order(lateral.getLeft(), outer);
                yield lateral.copy(left, order(lateral.getRight(), with(outer, left)));
            }
            case OpFilter filter -> {
                Op sub = order(filter.getSubOp(), outer);
                Set<Var> row = with(outer, sub);
                ExprList exprs = ExprTransformer.transform(new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunctionOp exists, ExprList args, Op pattern) {
                        return exists.copy(args, order(pattern, row));
                    }
                }, filter.getExprs());
                yield OpFilter.filterDirect(exprs, sub);
            }
            case OpUnion union -> union.copy(order(union.getLeft(), outer), order(union.getRight(), outer));
            case Op1 unary -> unary.copy(order(unary.getSubOp(), outer));
            // the other binary operators evaluate their right side on its own, then join or compare
            case Op2 binary -> binary.copy(order(binary.getLeft(), outer), order(binary.getRight(), Set.of()));
            case OpN many -> many.copy(many.getElements().stream().map(element -> order(element, outer)).toList());
            default -> op;
        };
    }

    private Op order(OpSequence sequence, Set<Var> outer) {
        List<Op> elements = sequence.getElements();
        boolean paths = elements.stream().anyMatch(OpPath.class::isInstance);
        List<Op> out = new ArrayList<>();
        Set<Var> bound = new HashSet<>(outer);
        List<Object> run = new ArrayList<>(); // the triples and paths of a run of pattern elements
        for (Op element : elements) {
            switch (element) {
                case OpBGP bgp when paths -> run.addAll(bgp.getPattern().getList());
                case OpTriple triple when paths -> run.add(triple.getTriple());
                case OpPath path -> run.add(path.getTriplePath());
                default -> {
                    placeRun(run, bound, out);
                    Op ordered = order(element, bound);
                    out.add(ordered);
                    OpVars.fixedVars(ordered, bound);
                }
            }
        }
        placeRun(run, bound, out);
        return out.size() == 1 ? out.get(0) : sequence.copy(out);
    }

    private static Set<Var> with(Set<Var> outer, Op op) {
        Set<Var> vars = new HashSet<>(outer);
        OpVars.fixedVars(op, vars);
        return vars;
    }

    /** Appends run's patterns to out in the greedy order, given the variables bound before; empties run. */
    private void placeRun(List<Object> run, Set<Var> bound, List<Op> out) {
        BasicPattern triples = new BasicPattern();
        while (!run.isEmpty()) {
            int best = -1;
            double bestEstimate = Double.MAX_VALUE;
            boolean bestJoins = false;
            for (int i = 0; i < run.size(); i++) {
                boolean joins = bound.isEmpty() || joins(run.get(i), bound);
                double estimate = estimate(run.get(i), bound);
                if (best < 0 || joins && !bestJoins || joins == bestJoins && estimate < bestEstimate) {
                    best = i;
                    bestEstimate = estimate;
                    bestJoins = joins;
                }
            }
            Object next = run.remove(best);
            if (next instanceof Triple triple) {
                triples.add(triple);
                addVars(triple.getSubject(), bound);
                addVars(triple.getPredicate(), bound);
                addVars(triple.getObject(), bound);
            } else {
                TriplePath path = (TriplePath) next;
                if (!triples.isEmpty()) {
                    out.add(new OpBGP(triples));
                    triples = new BasicPattern();
                }
                out.add(new OpPath(path));
                addVars(path.getSubject(), bound);
                addVars(path.getObject(), bound);
            }
        }
        if (!triples.isEmpty()) {
            out.add(new OpBGP(triples));
        }
    }

    private static boolean joins(Object pattern, Set<Var> bound) {
        if (pattern instanceof Triple t) {
            return isBound(t.getSubject(), bound) || isBound(t.getPredicate(), bound) || isBound(t.getObject(), bound);
        }
        TriplePath path = (TriplePath) pattern;
        return isBound(path.getSubject(), bound) || isBound(path.getObject(), bound);
    }

    /** @return the estimated number of matches of pattern (a Triple or a TriplePath) with the variables bound */
    private double estimate(Object pattern, Set<Var> bound) {
        if (pattern instanceof Triple t) {
            boolean s = isBound(t.getSubject(), bound);
            boolean o = isBound(t.getObject(), bound);
            Node p = t.getPredicate();
            if (!p.isConcrete()) {
                return s || o ? Math.sqrt(figures.triples()) : figures.triples();
            }
            long n = figures.properties().getOrDefault(p, 0L);
            if (p.equals(RDF.Nodes.type) && t.getObject().isConcrete()) {
                n = figures.members(t.getObject());
                return s ? Math.min(n, 1) : n;
            }
            if (s && o) {
                return Math.min(n, 1);
            }
            if (p.equals(RDF.Nodes.type) && o) {
                return Math.max(1, n / classes); // the members of a class not yet known: the mean class's
            }
            return s || o ? Math.min(n, FANOUT) : n;
        }
        TriplePath path = (TriplePath) pattern;
        boolean s = isBound(path.getSubject(), bound);
        boolean o = isBound(path.getObject(), bound);
        long n = links(path.getPath());
        if (s && o) {
            return 1;
        }
        if (s || o) {
            return Math.min(n, PATH_REACH);
        }
        // from every node that has the links, or from every node at all if the path may be of length zero
        return (double) n * PATH_REACH + (path.getPath().hasZeroLengthComponent() ? figures.triples() : 0);
    }

    /** @return how many triples the links of path have in all (every triple, for a link that is not a plain IRI) */
    private long links(Path path) {
        return switch (path) {
            case P_Path0 link -> figures.properties().getOrDefault(link.getNode(), 0L); // forward or reverse
            case P_Path1 unary -> links(unary.getSubPath());
            case P_Path2 binary -> links(binary.getLeft()) + links(binary.getRight());
            default -> figures.triples();
        };
    }

    private static boolean isBound(Node node, Set<Var> bound) {
        return node.isConcrete() || node instanceof Var var && bound.contains(var);
    }

    private static void addVars(Node node, Set<Var> bound) {
        if (node instanceof Var var) {
            bound.add(var);
        }
    }
}
