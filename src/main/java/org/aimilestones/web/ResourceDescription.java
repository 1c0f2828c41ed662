package org.aimilestones.web;

import java.util.HashSet;
import java.util.Set;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/** The RDF description of one resource: its triples as subject and as object, plus the labels of all it links to. */
final class ResourceDescription {

    private ResourceDescription() {}

    /** @return true if the graph mentions the resource as subject or object */
    static boolean exists(Graph graph, Node resource) {
        return graph.contains(resource, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, resource);
    }

    /** @return a new graph with the description, carrying the project prefixes */
    static Graph of(Graph graph, Node resource) {
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        Set<Node> neighbours = new HashSet<>();
        graph.find(resource, Node.ANY, Node.ANY).forEachRemaining(t -> {
            description.add(t);
            neighbours.add(t.getPredicate());
            neighbours.add(t.getObject());
        });
        graph.find(Node.ANY, Node.ANY, resource).forEachRemaining(t -> {
            description.add(t);
            neighbours.add(t.getSubject());
            neighbours.add(t.getPredicate());
        });
        neighbours.remove(resource);
        for (Node n : neighbours) {
            if (!n.isLiteral()) {
                graph.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(description::add);
            }
        }
        return description;
    }
}
