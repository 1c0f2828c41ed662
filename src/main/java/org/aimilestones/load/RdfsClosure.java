package org.aimilestones.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * Materializes ontology + data + their RDFS entailments (subClassOf, subPropertyOf, domain, range; no RDF axioms) into
 * one in-memory graph, leaving out generalized triples (literal subjects, e.g. from an rdfs:range xsd:date).
 *
 * <p>The materialization also writes every rdfs:label as a schema:name and every rdfs:comment as a schema:description
 * (same subject, same literal), so that schema.org consumers and queries (queries/founders-schema.rq) find names and
 * descriptions. That is a step of this build, not an axiom of the ontology: the ontology does not say
 * {@code rdfs:label rdfs:subPropertyOf schema:name}, which would redefine rdfs:label for every graph that imports it.
 * The step is done by the same RDFS machinery, set up from the ontology plus {@link #MATERIALIZATION} (which is
 * never written into the closure itself), so the on-the-fly RDFS view of a store ({@link #setup}) does the same.
 *
 * <p>owl:inverseOf is not applied: the inverse properties of the ontology are for OWL reasoners, and the served
 * graph holds the direction the data states (the on-the-fly RDFS view of a store could not follow an inverse).
 */
public final class RdfsClosure {

    private static final Node SCHEMA_NAME = NodeFactory.createURI("http://schema.org/name");
    private static final Node SCHEMA_DESCRIPTION = NodeFactory.createURI("http://schema.org/description");

    /**
     * The build's own materialization rules, added to the ontology's RDFS schema only: labels become schema:name and
     * comments schema:description. Not part of the published ontology.
     */
    public static final Graph MATERIALIZATION = materialization();

    private RdfsClosure() {
    }

    private static Graph materialization() {
        Graph rules = GraphFactory.createDefaultGraph();
        rules.add(Triple.create(RDFS.Nodes.label, RDFS.Nodes.subPropertyOf, SCHEMA_NAME));
        rules.add(Triple.create(RDFS.Nodes.comment, RDFS.Nodes.subPropertyOf, SCHEMA_DESCRIPTION));
        return rules;
    }

    /** The RDFS set-up for a schema (an ontology, or its subclass/subproperty/domain/range triples) plus {@link #MATERIALIZATION}. */
    public static SetupRDFS setup(Graph schema) {
        Graph all = GraphFactory.createDefaultGraph();
        schema.find().forEachRemaining(all::add);
        MATERIALIZATION.find().forEachRemaining(all::add);
        return RDFSFactory.setupRDFS(all);
    }

    /** The ontology and data graphs with everything RDFS derives from them under the ontology (and the materialization). */
    public static Graph of(Graph ontology, Graph data) {
        Graph closure = GraphFactory.createDefaultGraph();
        SetupRDFS setup = setup(ontology);
        StreamRDF sink = RDFSFactory.streamRDFS(RDFSFactory.removeGeneralizedRDF(StreamRDFLib.graph(closure)), setup);
        sink.start();
        StreamRDFOps.sendTriplesToStream(ontology, sink);
        StreamRDFOps.sendTriplesToStream(data, sink);
        sink.finish();
        return closure;
    }
}
