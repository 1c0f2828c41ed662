package org.aimilestones.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A total order on the nodes of one graph, for byte-stable output: IRIs, then blank nodes, then literals. Blank
 * nodes get labels b0, b1, ... in the order of their signature (the sorted triples they occur in, with blank nodes
 * masked), so the labels do not depend on parser-generated ids.
 */
final class CanonicalOrder implements Comparator<Node> {

    private final Map<Node, String> blankLabels = new HashMap<>();

    CanonicalOrder(Graph graph) {
        Map<Node, List<String>> signatures = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                return; // no blank node to sign: most triples, and formatting each cost a pass over the whole graph
            }
            String masked = mask(t.getSubject()) + " " + mask(t.getPredicate()) + " " + mask(t.getObject());
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isBlank()) {
                    signatures.computeIfAbsent(n, k -> new ArrayList<>()).add(position(t, n) + masked);
                }
            }
        });
        List<Map.Entry<Node, String>> keyed = new ArrayList<>();
        signatures.forEach((node, sig) -> {
            sig.sort(null);
            keyed.add(Map.entry(node, String.join("\n", sig)));
        });
        keyed.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Node, String> e : keyed) {
            blankLabels.put(e.getKey(), "b" + blankLabels.size());
        }
    }

    private static String position(Triple t, Node n) {
        return t.getSubject().equals(n) ? "S " : "O ";
    }

    private static String mask(Node n) {
        return n.isBlank() ? "[]" : NodeFmtLib.strNT(n);
    }

    /** @return the stable label (without "_:") of a blank node of the graph */
    String label(Node blank) {
        return blankLabels.get(blank);
    }

    @Override
    public int compare(Node a, Node b) {
        int byKind = Integer.compare(rank(a), rank(b));
        if (byKind != 0) {
            return byKind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isBlank()) {
            return label(a).compareTo(label(b));
        }
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c == 0) {
            c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        }
        return c != 0 ? c : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
    }

    private static int rank(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : 2;
    }
}
