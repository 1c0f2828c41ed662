package org.aimilestones.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Materializes ontology + data + their RDFS entailments (subClassOf, subPropertyOf, domain, range; no RDF axioms) into
 * one in-memory graph, leaving out generalized triples (literal subjects, e.g. from an rdfs:range xsd:date).
 */
public final class RdfsClosure {

    private RdfsClosure() {
    }

    /** The ontology and data graphs with everything RDFS derives from them under the ontology. */
    public static Graph of(Graph ontology, Graph data) {
        Graph closure = GraphFactory.createDefaultGraph();
        SetupRDFS setup = RDFSFactory.setupRDFS(ontology);
        StreamRDF sink = RDFSFactory.streamRDFS(RDFSFactory.removeGeneralizedRDF(StreamRDFLib.graph(closure)), setup);
        sink.start();
        StreamRDFOps.sendTriplesToStream(ontology, sink);
        StreamRDFOps.sendTriplesToStream(data, sink);
        sink.finish();
        return closure;
    }
}
