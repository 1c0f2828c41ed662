package org.aimilestones.server;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aimilestones.load.Background;
import org.aimilestones.load.ReadThroughView;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * The dataset as the endpoints see it. Every find() checks the {@link Deadline} of the running request before it
 * starts and before each quad it yields, so any join, sort or aggregate (they all drain find() iterators) stops on
 * time. Graphs are views over this wrapper, so graph-level access goes through the same check (the default graph reads
 * the wrapped dataset's default graph directly, {@link ReadThroughView}, with the same checks). Quads with a literal
 * subject (generalized RDFS entailments such as {@code "2012"^^xsd:gYear a xsd:gYear}) are hidden: plain RDF only.
 * Over an RDFS view, which yields an entailed triple once per way it is entailed, each find() is made distinct.
 * Writes and transactions go to the wrapped dataset; each committed write transaction bumps the {@link #version()},
 * which keys the {@link AnswerCache}. It is a {@link DatasetGraphWrapperView}, so ARQ does not unwrap
 * it to query the wrapped dataset directly.
 */
final class GuardedDatasetGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final boolean distinct;
    private final AtomicLong version = new AtomicLong();
    /** Read after the background work of the wrapped dataset (its search index being filled), once per version. */
    private final PerVersion<ServedFigures> figures;

    /**
     * @param context  the server's settings, over those of the wrapped dataset (such as its text index)
     * @param distinct whether find() must drop repeated quads (needed over an on-the-fly RDFS view)
     */
    GuardedDatasetGraph(DatasetGraph dataset, Context context, boolean distinct) {
        this(dataset, context, distinct, null);
    }

    /** @param stored where the whole graph's figures are kept between starts (a store's folder), or null */
    GuardedDatasetGraph(DatasetGraph dataset, Context context, boolean distinct, StoredFigures stored) {
        super(dataset, Context.mergeCopy(dataset.getContext(), context));
        this.distinct = distinct;
        Supplier<ServedFigures> read = () -> Txn.calculateRead(this, () -> ServedFigures.read(
                s -> checked(super.find(Quad.defaultGraphIRI, s, Node.ANY, Node.ANY), Quad::getSubject), distinct));
        this.figures = new PerVersion<>(ServedFigures.WHAT, this::version, () -> Background.of(getContext()),
                v -> stored == null ? read.get() : stored.readOr(read));
        PatternOrder.install(getContext(), figures::latest);
    }

    /** @return a number that changes after every committed write, before the writer's response is sent */
    long version() {
        return version.get();
    }

    /** @return the figures of the default graph as it is now ({@link ServedFigures#of}) */
    ServedFigures figures() {
        return figures.get();
    }

    @Override
    public void commit() {
        boolean write = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        super.commit();
        if (write) {
            version.incrementAndGet();
        }
    }

    /**
     * Reads the wrapped dataset's default graph with the same checks as {@link #find}, without a detour through
     * quads.
     */
    @Override
    public Graph getDefaultGraph() {
        return new ReadThroughView(this, triples -> guard(triples, Triple::getSubject));
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        Deadline.check();
        return guard(super.find(g, s, p, o), Quad::getSubject);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        Deadline.check();
        return guard(super.findNG(g, s, p, o), Quad::getSubject);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> iter = find(g, s, p, o);
        try {
            return iter.hasNext();
        } finally {
            Iter.close(iter);
        }
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private <T> Iterator<T> guard(Iterator<T> items, Function<T, Node> subject) {
        Iter<T> guarded = checked(items, subject);
        return distinct ? guarded.distinct() : guarded;
    }

    /** @return quads or triples checked against the deadline, without literal subjects (not made distinct) */
    private static <T> Iter<T> checked(Iterator<T> items, Function<T, Node> subject) {
        return Iter.iter(items).filter(item -> {
            Deadline.check();
            return !subject.apply(item).isLiteral();
        });
    }
}
