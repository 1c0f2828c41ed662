package org.aimilestones.testing;

import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.aimilestones.search.TextIndex;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** The bundled graph with its RDFS entailments in the default graph of a TxnMem dataset, as the server serves it. */
public final class ServedGraph {

    private ServedGraph() {}

    /** @return a new transactional in-memory dataset holding the inferred bundled graph, not text-indexed */
    public static DatasetGraph plain() {
        try {
            KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.bundled());
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(dsg, () -> GraphUtil.addInto(dsg.getDefaultGraph(), kg.inferred()));
            return dsg;
        } catch (LoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a dataset over the inferred bundled graph itself, as the server has it read-only in memory (no copy) */
    public static DatasetGraph over() {
        try {
            return DatasetGraphFactory.wrap(KnowledgeGraph.load(GraphSource.bundled()).inferred());
        } catch (LoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return {@link #plain()} wrapped by {@link TextIndex#wrap} */
    public static DatasetGraph indexed() {
        return TextIndex.wrap(plain());
    }
}
