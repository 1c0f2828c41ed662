package org.aimilestones.search;

import org.apache.jena.graph.Node;

/**
 * One literal found by {@code text:query}.
 *
 * @param subject  the resource it describes
 * @param score    Lucene's score of the match
 * @param literal  the literal itself
 * @param property the property that links subject to it (rdfs:label, skos:altLabel or rdfs:comment)
 */
record TextHit(Node subject, float score, Node literal, Node property) {}
