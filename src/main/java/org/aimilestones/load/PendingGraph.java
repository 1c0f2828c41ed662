package org.aimilestones.load;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphEventManager;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TransactionHandler;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A graph that may still be being read: every use waits for the graph its supplier gives (asked for once, by the first
 * use), so that what stands on it (a dataset, its layers, a server) can be built while it is read. After that, a use
 * costs one volatile read more than the graph itself. Not one of Jena's graph wrappers, which Jena unwraps (and so
 * waits for) when a dataset is made over them.
 */
public final class PendingGraph implements Graph {

    private final Lazy<Graph> source;
    private volatile Graph graph;

    /** @param source gives the graph (at the first use; it may wait for a read already under way) */
    public PendingGraph(Supplier<Graph> source) {
        this.source = Lazy.of(source);
    }

    /** @return the graph, once it is there (waiting for it, or reading it, if it is not yet) */
    public Graph get() {
        Graph ready = graph;
        if (ready == null) {
            ready = source.get();
            graph = ready;
        }
        return ready;
    }

    @Override
    public TransactionHandler getTransactionHandler() {
        return get().getTransactionHandler();
    }

    @Override
    public GraphEventManager getEventManager() {
        return get().getEventManager();
    }

    @Override
    public PrefixMapping getPrefixMapping() {
        return get().getPrefixMapping();
    }

    @Override
    public void add(Triple t) {
        get().add(t);
    }

    @Override
    public void delete(Triple t) {
        get().delete(t);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple match) {
        return get().find(match);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return get().find(s, p, o);
    }

    @Override
    public ExtendedIterator<Triple> find() {
        return get().find();
    }

    @Override
    public Stream<Triple> stream(Node s, Node p, Node o) {
        return get().stream(s, p, o);
    }

    @Override
    public Stream<Triple> stream() {
        return get().stream();
    }

    @Override
    public boolean isIsomorphicWith(Graph g) {
        return get().isIsomorphicWith(g);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        return get().contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        return get().contains(t);
    }

    @Override
    public void clear() {
        get().clear();
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        get().remove(s, p, o);
    }

    /** Closes the graph if it was read; one still being read is not waited for (nothing uses it after this). */
    @Override
    public void close() {
        Graph ready = graph;
        if (ready != null) {
            ready.close();
        }
    }

    @Override
    public boolean isEmpty() {
        return get().isEmpty();
    }

    @Override
    public int size() {
        return get().size();
    }

    @Override
    public long sizeLong() {
        return get().sizeLong();
    }

    @Override
    public boolean isClosed() {
        return get().isClosed();
    }

    @Override
    public String toString() {
        Graph ready = graph;
        return ready == null ? "PendingGraph(being read)" : ready.toString();
    }
}
