package org.aimilestones.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aimilestones.load.IndexHome;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.Lazy;
import org.aimilestones.load.PendingGraph;
import org.aimilestones.load.RdfsClosure;
import org.aimilestones.load.StoredFile;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data behind /ai-milestones: a dataset whose default graph holds the asserted triples (what the asserted dumps show and
 * updates change), and the {@link GuardedDatasetGraph} the endpoints serve, which adds the RDFS entailments.
 * Read-only in memory, the materialized closure is served as it is; otherwise the entailments are computed on the fly
 * by an RDFS view over the asserted dataset, so they follow updates (the RDFS schema — subclass, subproperty, domain
 * and range triples — is read once, at start).
 */
final class ServedData implements AutoCloseable {

    private final Supplier<DatasetGraph> asserted;
    private final GuardedDatasetGraph served;
    private final List<String> notes;
    private final Runnable onClose;
    private final Function<String, Optional<StoredFile>> storedDumps;
    /** The served triples when they are one graph that never changes (read-only in memory), else null. */
    private final Graph fixed;

    private ServedData(Supplier<DatasetGraph> asserted, DatasetGraph layered, boolean onTheFly, Context context,
            List<String> notes, Runnable onClose, Function<String, Optional<StoredFile>> storedDumps, Graph fixed,
            StoredFigures storedFigures) {
        this.asserted = asserted;
        this.fixed = fixed;
        this.storedDumps = storedDumps;
        this.served = new GuardedDatasetGraph(layered, context, onTheFly, storedFigures);
        this.notes = List.copyOf(notes);
        this.onClose = onClose;
    }

    /**
     * The whole graph in memory. Read-only, the graphs of kg are served as they are (the asserted one only made when
     * first asked for); with updates on, they are copied into a transactional dataset and inference follows the
     * updates through an RDFS view.
     */
    static ServedData inMemory(KnowledgeGraph kg, boolean updatable, ServedLayer layer, Context context) {
        if (!updatable) {
            Graph inferred = new PendingGraph(kg::inferred); // the server is built while it is read
            DatasetGraph served = layer.apply(readOnly(inferred),
                    kg.textIndex().<IndexHome>map(IndexHome.Prebuilt::new).orElse(IndexHome.IN_MEMORY));
            return new ServedData(Lazy.of(() -> readOnly(kg.asserted())), served, false, context, List.of(), () -> {},
                    kg::storedDump, inferred, null);
        }
        DatasetGraph asserted = transactionalCopy(kg.asserted());
        DatasetGraph served = layer.apply(rdfsView(asserted), IndexHome.IN_MEMORY);
        return new ServedData(() -> asserted, served, true, context, List.of(), () -> {}, file -> Optional.empty(),
                null, null);
    }

    /**
     * A persistent store holding the asserted triples, served through an RDFS view; its search index and the whole
     * graph's figures are kept in its folder (index and {@link StoredFigures}).
     */
    static ServedData overStore(DatasetGraph store, IndexHome.BesideStore index, ServedLayer layer, Context context,
            List<String> notes, Runnable onClose) {
        return new ServedData(() -> store, layer.apply(rdfsView(store), index), true, context, notes, onClose,
                file -> Optional.empty(), null, new StoredFigures(index.storeDir()));
    }

    private static DatasetGraph transactionalCopy(Graph graph) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            dataset.prefixes().putAll(Prefixes.prefixMap());
            graph.find().forEachRemaining(dataset.getDefaultGraph()::add);
        });
        return dataset;
    }

    /** graph as a dataset that refuses changes, with the project prefixes (graph itself is left as it is) */
    private static DatasetGraph readOnly(Graph graph) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.mapping()).lock();
        return DatasetGraphFactory.wrap(new GraphReadOnly(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        });
    }

    private static DatasetGraph rdfsView(DatasetGraph asserted) {
        Graph schema = Txn.calculateRead(asserted, () -> schema(asserted.getDefaultGraph()));
        return RDFSFactory.datasetRDFS(asserted, RdfsClosure.setup(schema));
    }

    /**
     * The triples RDFS inference is set up from (subclass, subproperty, domain, range), not the whole graph; {@link
     * RdfsClosure#setup} adds the build's label-to-schema:name rules, as the materialized closure has them.
     */
    private static Graph schema(Graph graph) {
        Graph schema = GraphFactory.createDefaultGraph();
        for (Node property : List.of(RDFS.Nodes.subClassOf, RDFS.Nodes.subPropertyOf, RDFS.Nodes.domain,
                RDFS.Nodes.range)) {
            graph.find(Node.ANY, property, Node.ANY).forEachRemaining(schema::add);
        }
        return schema;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /**
     * @param file a dump's file name, e.g. "ai-milestones.ttl"
     * @return that dump, gzip-compressed, as the build wrote it: only for the bundled graph served read-only, whose
     *         data never changes
     */
    Optional<StoredFile> storedDump(String file) {
        return storedDumps.apply(file);
    }

    /** @return the dataset the endpoints serve: asserted triples plus RDFS entailments */
    GuardedDatasetGraph served() {
        return served;
    }

    /** @return a snapshot of the asserted triples */
    Graph asserted() {
        DatasetGraph dataset = asserted.get();
        return Txn.calculateRead(dataset, () -> copy(dataset.getDefaultGraph()));
    }

    /** @return what reader finds in the asserted triples, read in one read transaction (no copy is made) */
    <T> T readAsserted(Function<Graph, T> reader) {
        DatasetGraph dataset = asserted.get();
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.getDefaultGraph()));
    }

    /** @return what reader finds in the served triples (with the entailments), read in one read transaction */
    <T> T readServed(Function<Graph, T> reader) {
        return Txn.calculateRead(served, () -> reader.apply(served.getDefaultGraph()));
    }

    /**
     * Waits until the served triples are there: read-only in memory, they are read from the snapshot while the server
     * is built, and the server starts listening only once they are read.
     */
    void awaitTriples() {
        if (fixed instanceof PendingGraph pending) {
            pending.get();
        }
    }

    /**
     * @return how many triples are served (asserted plus entailed): the graph's own count read-only in memory, else
     *         the whole graph's figures (read once per data version)
     */
    long servedTriples() {
        return fixed != null ? fixed.size() : ServedFigures.of(served).triples();
    }

    /** @return a snapshot of the served triples, with the entailments */
    Graph inferred() {
        return Txn.calculateRead(served, () -> copy(served.getDefaultGraph()));
    }

    /** @return what happened while the data was prepared (e.g. a store rebuilt), one line each */
    List<String> notes() {
        return notes;
    }

    /**
     * Closes the layers over the data (a search index waits for its filling to end, and is written no more: a store's
     * folder can then be removed) and the data, then runs what else closing takes (a store released).
     */
    @Override
    public void close() {
        try {
            served.close();
        } finally {
            onClose.run();
        }
    }
}
