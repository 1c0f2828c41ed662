package org.aimilestones.paths;

import java.util.Comparator;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One step of a path, to node along property: forward when the graph states (previous node, property, node),
 * backward when it states (node, property, previous node).
 */
public record Hop(Node property, boolean forward, Node node) {

    /** The tie-break among equally long paths, step by step: property IRI, forward before backward, node IRI. */
    static final Comparator<Hop> ORDER = Comparator.comparing((Hop h) -> h.property().getURI())
            .thenComparing(h -> !h.forward()).thenComparing(h -> h.node().getURI());

    public Hop {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(node, "node");
    }

    /** @return "forward" or "backward" */
    public String direction() {
        return forward ? "forward" : "backward";
    }
}
