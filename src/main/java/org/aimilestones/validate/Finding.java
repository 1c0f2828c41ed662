package org.aimilestones.validate;

import org.apache.jena.graph.Node;

/**
 * One problem found in the graph.
 *
 * @param focusNode the resource the problem is about (may be null for graph-wide findings)
 * @param path      the property path involved, already rendered (may be null)
 * @param message   what is wrong, in plain words
 * @param severity  violation, warning or info
 * @param component the SHACL constraint component or other check that produced it
 */
public record Finding(Node focusNode, String path, String message, Severity severity, Node component) {
}
