package org.aimilestones.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a graph as Turtle in one canonical layout, so the same graph always gives the same bytes: the project
 * prefixes that are used, sorted; ontology headers first, then subjects sorted by IRI; rdf:type ("a") first, then
 * predicates sorted; objects sorted. Also valid TriG (a default graph only).
 */
public final class SortedTurtleWriter {

    private static final String INDENT = "    ";

    private final NodeFormatter formatter = new NodeFormatterTTL(null, Prefixes.prefixMap());

    /** Writes graph to out as Turtle; does not close out. */
    public void write(Graph graph, Writer out) throws IOException {
        CanonicalOrder order = new CanonicalOrder(graph);
        SortedSet<String> usedPrefixes = new TreeSet<>();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<Node, SortedMap<Node, SortedSet<Node>>> subject : group(graph, order).entrySet()) {
            body.append('\n').append(text(subject.getKey(), order, usedPrefixes));
            String predicateSeparator = "\n";
            for (Map.Entry<Node, SortedSet<Node>> predicate : subject.getValue().entrySet()) {
                body.append(predicateSeparator).append(INDENT);
                body.append(RDF.type.asNode().equals(predicate.getKey())
                        ? "a" : text(predicate.getKey(), order, usedPrefixes));
                String objectSeparator = " ";
                for (Node object : predicate.getValue()) {
                    body.append(objectSeparator).append(text(object, order, usedPrefixes));
                    objectSeparator = " ,\n" + INDENT + INDENT;
                }
                predicateSeparator = " ;\n";
            }
            body.append(" .\n");
        }
        Map<String, String> namespaces = Prefixes.asMap();
        for (String prefix : usedPrefixes) {
            out.write("@prefix " + prefix + ": <" + namespaces.get(prefix) + "> .\n");
        }
        out.write(body.toString());
        out.flush();
    }

    /** subject → predicate → objects, each level in canonical order; ontology headers sort before other subjects. */
    private static SortedMap<Node, SortedMap<Node, SortedSet<Node>>> group(Graph graph, CanonicalOrder order) {
        Node type = RDF.type.asNode();
        // the headers found once: asked of the graph at every comparison, they cost a lookup per triple and level
        Set<Node> headers = graph.find(Node.ANY, type, OWL.Ontology.asNode()).mapWith(t -> t.getSubject()).toSet();
        Comparator<Node> headersFirst = Comparator.comparing((Node s) -> !headers.contains(s)).thenComparing(order);
        Comparator<Node> typeFirst = Comparator.comparing((Node p) -> !p.equals(type)).thenComparing(order);
        SortedMap<Node, SortedMap<Node, SortedSet<Node>>> subjects = new TreeMap<>(headersFirst);
        graph.find().forEachRemaining(t -> subjects
                .computeIfAbsent(t.getSubject(), s -> new TreeMap<>(typeFirst))
                .computeIfAbsent(t.getPredicate(), p -> new TreeSet<>(order))
                .add(t.getObject()));
        return subjects;
    }

    /** Formats one node, recording the prefix it was abbreviated with, if any. */
    private String text(Node node, CanonicalOrder order, SortedSet<String> usedPrefixes) {
        if (node.isBlank()) {
            return "_:" + order.label(node);
        }
        IndentedLineBuffer buffer = new IndentedLineBuffer();
        formatter.format(buffer, node);
        String text = buffer.asString();
        String iriPart = node.isLiteral() && text.contains("\"^^")
                ? text.substring(text.lastIndexOf("\"^^") + 3) : node.isURI() ? text : "<";
        if (!iriPart.startsWith("<")) {
            usedPrefixes.add(iriPart.substring(0, iriPart.indexOf(':')));
        }
        return text;
    }
}
