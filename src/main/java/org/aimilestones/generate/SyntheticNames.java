package org.aimilestones.generate;

import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * IRIs and labels of synthetic resources. They live under {@link #NS} so they never collide with real ones, and follow
 * the naming rule there: the local name is the slug of the English label without its leading "Synthetic"
 * ("Synthetic event 123" is {@code synthetic/event-123}); a node that belongs to another is {@code <parent>/<role>}
 * ({@code synthetic/deck/slide-7}, {@code synthetic/event-123/price}).
 */
final class SyntheticNames {

    /** The namespace of every synthetic resource. */
    static final String NS = AIMIL.RESOURCE_NS + "synthetic/";

    private SyntheticNames() {}

    static Node deck() {
        return iri("deck");
    }

    /** The author of the synthetic deck. */
    static Node author() {
        return iri("author");
    }

    static Node section(long number) {
        return iri("deck/section-" + number);
    }

    static Node slide(long number) {
        return iri("deck/slide-" + number);
    }

    static Node person(long i) {
        return iri("person-" + i);
    }

    static Node organization(long i) {
        return iri("organization-" + i);
    }

    static Node artifact(long i) {
        return iri("artifact-" + i);
    }

    static Node event(long i) {
        return iri("event-" + i);
    }

    /** A node belonging to event i, e.g. its price or a claim about it. */
    static Node ofEvent(long i, String role) {
        return iri("event-" + i + "/" + role);
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
