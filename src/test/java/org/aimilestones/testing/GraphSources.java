package org.aimilestones.testing;

import java.util.ArrayList;
import java.util.List;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The sources a graph holds, read from the graph (so that a test names no particular source): every resource typed
 * aimil:Source in the graph with its RDFS entailments, and the span of years they cover.
 */
public final class GraphSources {

    private GraphSources() {}

    /** @return the IRIs of the sources of inferred, sorted */
    public static List<String> iris(Graph inferred) {
        return inferred.find(Node.ANY, RDF.Nodes.type, AIMIL.Source.asNode()).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).mapWith(Node::getURI).toList().stream().sorted().toList();
    }

    /** @return the first and the last year any source of inferred covers */
    public static int[] years(Graph inferred) {
        List<Integer> years = new ArrayList<>();
        inferred.find(Node.ANY, AIMIL.coversYear.asNode(), Node.ANY)
                .forEachRemaining(t -> years.add(Integer.parseInt(t.getObject().getLiteralLexicalForm())));
        return new int[] {years.stream().min(Integer::compare).orElseThrow(),
            years.stream().max(Integer::compare).orElseThrow()};
    }
}
