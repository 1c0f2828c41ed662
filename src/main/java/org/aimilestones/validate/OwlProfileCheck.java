package org.aimilestones.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.semanticweb.owlapi.model.OWLDatatype;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * The OWL API's OWL 2 DL profile report. Uses of XSD datatypes outside the OWL 2 datatype map
 * (xsd:gYear, xsd:date, ...) are deliberate in ai-milestones and become one info line per datatype;
 * every other kind of violation (undeclared terms, illegal punning, ...) becomes a warning.
 */
final class OwlProfileCheck {

    /** The check's source, used as the "constraint component" of its findings. */
    static final Node COMPONENT = NodeFactory.createURI("urn:x-ai-milestones:validate:Owl2DLProfile");

    private OwlProfileCheck() {
    }

    /** Profile violations grouped by datatype or by kind and term, with how many axioms show each. */
    static List<Finding> findings(OWLOntology ontology) {
        Map<String, Integer> datatypes = new TreeMap<>();
        Map<String, Integer> others = new TreeMap<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(ontology).getViolations()) {
            OWLDatatype datatype = datatypeOf(v.getExpression());
            if (datatype != null && !datatype.isBuiltIn()) {
                datatypes.merge(datatype.toString(), 1, Integer::sum);
            } else {
                others.merge(v.getClass().getSimpleName() + ": " + v.getExpression(), 1, Integer::sum);
            }
        }
        return Stream.concat(
                datatypes.entrySet().stream().map(e -> finding(Severity.INFO, e.getKey()
                        + " is not in the OWL 2 datatype map; HermiT ignores its values", e.getValue())),
                others.entrySet().stream().map(e -> finding(Severity.WARNING, e.getKey(), e.getValue())))
                .toList();
    }

    private static OWLDatatype datatypeOf(Object expression) {
        if (expression instanceof OWLDatatype datatype) {
            return datatype;
        }
        return expression instanceof OWLLiteral literal ? literal.getDatatype() : null;
    }

    private static Finding finding(Severity severity, String message, int axioms) {
        return new Finding(null, null, "OWL 2 DL profile: " + message + " (" + axioms + " axioms)", severity, COMPONENT);
    }
}
