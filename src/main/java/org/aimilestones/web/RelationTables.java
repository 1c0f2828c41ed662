package org.aimilestones.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The tables of a resource's relations, outgoing and incoming, grouped by property label, each list in the natural
 * order of its labels ({@link NaturalOrder}: "Cue 2" before "Cue 10"). A triple entailed by a
 * more specific one between the same two nodes (aimil:participant under aimil:acquirer) is left out, as are the
 * type, label and comment, which the page shows above the tables.
 */
final class RelationTables {

    private static final Set<Node> SHOWN_ABOVE = Set.of(RDF.type.asNode(), RDFS.label.asNode(),
            RDFS.comment.asNode());

    private final Graph graph;
    private final NodeLinks links;
    private final Hierarchy properties;

    RelationTables(Graph graph, NodeLinks links) {
        this.graph = graph;
        this.links = links;
        this.properties = new Hierarchy(graph, RDFS.subPropertyOf.asNode());
    }

    /** Writes the table of triples with resource as subject; returns false if there are none. */
    boolean writeOutgoing(Html html, Node resource, String lang) {
        return write(html, graph.find(resource, Node.ANY, Node.ANY).toList(), true, lang);
    }

    /** Writes the table of triples with resource as object; returns false if there are none. */
    boolean writeIncoming(Html html, Node resource, String lang) {
        return write(html, graph.find(Node.ANY, Node.ANY, resource).toList(), false, lang);
    }

    private boolean write(Html html, List<Triple> triples, boolean outgoing, String lang) {
        Map<Node, List<Node>> byProperty = group(triples, outgoing);
        if (byProperty.isEmpty()) {
            return false;
        }
        html.raw("<table>\n");
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing(e -> links.texts().label(e.getKey(), lang), NaturalOrder.INSTANCE))
                .forEach(e -> writeRow(html, e.getKey(), e.getValue(), outgoing, lang));
        html.raw("</table>\n");
        return true;
    }

    /** property → the other ends of its triples, without the triples a sub-property already states. */
    private Map<Node, List<Node>> group(List<Triple> triples, boolean outgoing) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : triples) {
            Node property = t.getPredicate();
            Node other = outgoing ? t.getObject() : t.getSubject();
            if (outgoing && SHOWN_ABOVE.contains(property)) {
                continue;
            }
            boolean entailed = triples.stream()
                    .filter(u -> (outgoing ? u.getObject() : u.getSubject()).equals(other))
                    .anyMatch(u -> properties.isStrictlyBelow(u.getPredicate(), property));
            if (!entailed) {
                byProperty.computeIfAbsent(property, p -> new ArrayList<>()).add(other);
            }
        }
        return byProperty;
    }

    private void writeRow(Html html, Node property, List<Node> others, boolean outgoing, String lang) {
        html.raw("<tr><th>");
        if (!outgoing) {
            html.raw("<span class=\"muted\" title=\"is the value of, for\" data-i18n-title=\"relation.inverse\">← </span>");
        }
        links.write(html, property);
        html.raw("</th><td>");
        List<Node> literals = others.stream().filter(Node::isLiteral).toList();
        links.texts().write(html, literals);
        List<Node> nodes = others.stream().filter(n -> !n.isLiteral())
                .sorted(Comparator.comparing(n -> links.texts().label(n, lang), NaturalOrder.INSTANCE)).toList();
        if (!nodes.isEmpty()) {
            html.raw("<ul>");
            for (Node n : nodes) {
                html.raw("<li>");
                links.write(html, n);
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
        html.raw("</td></tr>\n");
    }
}
