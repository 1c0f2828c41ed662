package org.aikg.server;

import java.util.List;
import org.aikg.load.KnowledgeGraph;
import org.aikg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data behind /aikg: a transactional dataset whose default graph holds the asserted triples (what the asserted
 * dumps show and updates change), and the {@link GuardedDatasetGraph} the endpoints serve, which adds the RDFS
 * entailments. Read-only in memory, the entailments are materialized once; otherwise they are computed on the fly
 * by an RDFS view over the asserted dataset, so they follow updates (the RDFS schema — subclass, subproperty, domain
 * and range triples — is read once, at start).
 */
final class ServedData implements AutoCloseable {

    private final DatasetGraph asserted;
    private final GuardedDatasetGraph served;
    private final List<String> notes;
    private final Runnable onClose;

    private ServedData(DatasetGraph asserted, DatasetGraph view, boolean onTheFly, ServedLayer layer,
            Context context, List<String> notes, Runnable onClose) {
        this.asserted = asserted;
        this.served = new GuardedDatasetGraph(layer.apply(view), context, onTheFly);
        this.notes = List.copyOf(notes);
        this.onClose = onClose;
    }

    /** The whole graph in memory; with updates on, inference follows them through an RDFS view. */
    static ServedData inMemory(KnowledgeGraph kg, boolean updatable, ServedLayer layer, Context context) {
        DatasetGraph asserted = transactionalCopy(kg.asserted());
        DatasetGraph view = updatable ? rdfsView(asserted) : transactionalCopy(kg.inferred());
        return new ServedData(asserted, view, updatable, layer, context, List.of(), () -> {});
    }

    /** A persistent store holding the asserted triples, served through an RDFS view. */
    static ServedData overStore(DatasetGraph store, ServedLayer layer, Context context, List<String> notes,
            Runnable onClose) {
        return new ServedData(store, rdfsView(store), true, layer, context, notes, onClose);
    }

    private static DatasetGraph transactionalCopy(Graph graph) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            dataset.prefixes().putAll(Prefixes.prefixMap());
            graph.find().forEachRemaining(dataset.getDefaultGraph()::add);
        });
        return dataset;
    }

    private static DatasetGraph rdfsView(DatasetGraph asserted) {
        Graph schema = Txn.calculateRead(asserted, () -> schema(asserted.getDefaultGraph()));
        return RDFSFactory.datasetRDFS(asserted, RDFSFactory.setupRDFS(schema));
    }

    /** The triples RDFS inference is set up from (subclass, subproperty, domain, range), not the whole graph. */
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

    /** @return the dataset the endpoints serve: asserted triples plus RDFS entailments */
    GuardedDatasetGraph served() {
        return served;
    }

    /** @return a snapshot of the asserted triples */
    Graph asserted() {
        return Txn.calculateRead(asserted, () -> copy(asserted.getDefaultGraph()));
    }

    /** @return a snapshot of the served triples, with the entailments */
    Graph inferred() {
        return Txn.calculateRead(served, () -> copy(served.getDefaultGraph()));
    }

    /** @return what happened while the data was prepared (e.g. a store rebuilt), one line each */
    List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
