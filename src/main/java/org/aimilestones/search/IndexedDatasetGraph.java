package org.aimilestones.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aimilestones.load.ReadThroughView;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * A dataset whose labels and descriptions are kept in a {@link LuceneIndex}: every quad added or deleted through it
 * (also through its graphs, which are views over it) is added to or deleted from the index, and the index commits
 * and rolls back with the dataset's write transactions — a write that commits is searchable at once, one that aborts
 * leaves no trace. Made by {@link TextIndex#wrap}.
 */
final class IndexedDatasetGraph extends DatasetGraphWrapper {

    private static final int SLICE = 1000;

    private final LuceneIndex index;
    /** Whether this thread's transaction may have changed the index. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private final Object exit = new Object();

    IndexedDatasetGraph(DatasetGraph base, LuceneIndex index, Context context) {
        super(base, context);
        this.index = index;
    }

    LuceneIndex index() {
        return index;
    }

    @Override
    public Graph getDefaultGraph() {
        return new ReadThroughView(this, UnaryOperator.identity()); // writes are indexed here, reads need nothing
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
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(g, s, p, o);
        changed(() -> index.add(Quad.create(g, s, p, o)));
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        super.delete(g, s, p, o);
        Quad quad = Quad.create(g, s, p, o);
        // a triple that is also entailed (the base may be an RDFS view) is still there, and stays found
        if (LuceneIndex.indexes(quad) && !super.contains(g, s, p, o)) {
            changed(() -> index.delete(quad));
        }
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (p.isConcrete() && LuceneIndex.field(p).isEmpty()) {
            super.deleteAny(g, s, p, o);
            return;
        }
        while (true) {
            List<Quad> some = new ArrayList<>(SLICE);
            Iterator<Quad> quads = find(g, s, p, o);
            while (quads.hasNext() && some.size() < SLICE) {
                some.add(quads.next());
            }
            some.forEach(this::delete);
            if (some.size() < SLICE) {
                return;
            }
        }
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        Iterator<Triple> triples = graph.find();
        while (triples.hasNext()) {
            Triple t = triples.next();
            add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        super.clear();
        changed(index::deleteAll);
    }

    /** Applies change to the index: in this transaction, or at once outside any. */
    private void changed(Runnable change) {
        change.run();
        if (isInTransaction()) {
            writing.set(true);
        } else {
            index.commit();
        }
    }

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        writing.set(type == TxnType.WRITE);
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        writing.set(mode == ReadWrite.WRITE);
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public boolean promote(Promote type) {
        boolean promoted = super.promote(type);
        if (promoted) {
            writing.set(true);
        }
        return promoted;
    }

    @Override
    public void commit() {
        if (!writing.get()) {
            super.commit();
            return;
        }
        synchronized (exit) {
            try {
                index.prepareCommit();
                super.commit();
            } catch (RuntimeException | Error e) {
                writing.set(false);
                index.rollback();
                throw e;
            }
            writing.set(false);
            index.commit();
        }
    }

    @Override
    public void abort() {
        boolean wrote = writing.get();
        writing.set(false);
        try {
            super.abort();
        } finally {
            if (wrote) {
                index.rollback();
            }
        }
    }

    @Override
    public void end() {
        // a write transaction that ends without commit() or abort() is aborted
        boolean wrote = writing.get();
        writing.remove();
        try {
            super.end();
        } finally {
            if (wrote) {
                index.rollback();
            }
        }
    }

    @Override
    public void close() {
        try {
            index.close(); // first: it waits for its filling, which reads the data below
        } finally {
            super.close();
        }
    }
}
