package org.aimilestones.validate;

import org.aimilestones.load.RdfsClosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * OWL 2 DL consistency of ontology + data, decided by HermiT. HermiT runs with
 * {@code ignoreUnsupportedDatatypes}: literals typed xsd:gYear, xsd:gYearMonth, xsd:date or
 * xsd:duration (not in the OWL 2 datatype map) are left out of reasoning instead of aborting it.
 */
public final class OwlConsistencyCheck {

    /** The check's source, used as the "constraint component" of its findings. */
    public static final Node COMPONENT = NodeFactory.createURI("urn:x-ai-milestones:validate:OwlConsistency");

    /** The outcome: whether HermiT found a model, and what explains it if not. */
    public record Result(boolean consistent, List<Finding> findings) {
    }

    /**
     * Checks ontology + data: OWL 2 DL profile violations become warnings or info (see {@link OwlProfileCheck}), an inconsistency becomes
     * violations naming the clashing classes.
     */
    public Result check(Graph ontology, Graph data, PrefixMapping prefixes) {
        Graph asserted = GraphFactory.createDefaultGraph();
        ontology.find().forEach(asserted::add);
        data.find().forEach(asserted::add);
        OWLOntology owl = toOwl(asserted);
        List<Finding> why = new ArrayList<>(OwlProfileCheck.findings(owl));
        if (consistent(owl)) {
            return new Result(true, why);
        }
        if (!consistent(toOwl(ontology))) {
            why.add(violation(null, "the ontology alone is inconsistent"));
            return new Result(false, why);
        }
        Graph entailed = RdfsClosure.of(ontology, data);
        ontology.find(Node.ANY, OWL2.disjointWith.asNode(), Node.ANY)
                .forEach(axiom -> addDisjointClashes(axiom, entailed, prefixes, why));
        if (why.stream().noneMatch(f -> f.severity() == Severity.VIOLATION)) {
            why.add(violation(null, "ontology + data are inconsistent, but no resource is an instance of two "
                    + "disjoint classes; look for literals outside a data property's range"));
        }
        return new Result(false, why);
    }

    private static void addDisjointClashes(Triple axiom, Graph entailed, PrefixMapping prefixes, List<Finding> why) {
        Node a = axiom.getSubject();
        Node b = axiom.getObject();
        entailed.find(Node.ANY, RDF.type.asNode(), a)
                .filterKeep(t -> entailed.contains(t.getSubject(), RDF.type.asNode(), b))
                .forEach(t -> why.add(violation(t.getSubject(), "is an instance of both "
                        + prefixes.shortForm(a.getURI()) + " and " + prefixes.shortForm(b.getURI())
                        + ", which are disjoint")));
    }

    private static Finding violation(Node focus, String message) {
        return new Finding(focus, null, "OWL 2 (HermiT): " + message, Severity.VIOLATION, COMPONENT);
    }

    private static OWLOntology toOwl(Graph graph) {
        try {
            return OwlConversion.toOwl(graph);
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API could not read the graph: " + e.getMessage(), e);
        }
    }

    /** HermiT's verdict on an OWL 2 ontology. */
    static boolean consistent(OWLOntology ontology) {
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, config);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }
}
