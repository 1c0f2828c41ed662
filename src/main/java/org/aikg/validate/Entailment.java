package org.aikg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.graph.GraphFactory;

/** Materializes ontology + data + their RDFS entailments into one in-memory graph. */
public final class Entailment {

    private Entailment() {
    }

    /** The ontology and data graphs with everything RDFS derives from them under the ontology. */
    public static Graph rdfs(Graph ontology, Graph data) {
        Graph closure = GraphFactory.createDefaultGraph();
        SetupRDFS setup = RDFSFactory.setupRDFS(ontology);
        StreamRDF sink = RDFSFactory.removeGeneralizedRDF(RDFSFactory.streamRDFS(StreamRDFLib.graph(closure), setup));
        sink.start();
        StreamRDFOps.sendTriplesToStream(ontology, sink);
        StreamRDFOps.sendTriplesToStream(data, sink);
        sink.finish();
        return closure;
    }
}
