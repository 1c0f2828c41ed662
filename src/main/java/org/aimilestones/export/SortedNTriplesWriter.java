package org.aimilestones.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/** Writes a graph as N-Triples, one line per triple, lines sorted, blank nodes labelled canonically. */
public final class SortedNTriplesWriter {

    /** Writes graph to out as sorted N-Triples (also valid N-Quads, in the default graph); does not close out. */
    public void write(Graph graph, Writer out) throws IOException {
        CanonicalOrder order = new CanonicalOrder(graph);
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(
                text(t.getSubject(), order) + " " + text(t.getPredicate(), order) + " "
                        + text(t.getObject(), order) + " .\n"));
        lines.sort(null);
        for (String line : lines) {
            out.write(line);
        }
        out.flush();
    }

    private static String text(Node node, CanonicalOrder order) {
        return node.isBlank() ? "_:" + order.label(node) : NodeFmtLib.strNT(node);
    }
}
