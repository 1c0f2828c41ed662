package org.aimilestones.web;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Walks rdfs:subClassOf or rdfs:subPropertyOf in a graph, to hide what a more specific type or property entails. */
final class Hierarchy {

    private final Graph graph;
    private final Node relation;

    /** @param relation rdfs:subClassOf or rdfs:subPropertyOf */
    Hierarchy(Graph graph, Node relation) {
        this.graph = graph;
        this.relation = relation;
    }

    /** @return true if lower is below upper (transitively) and they are not equivalent */
    boolean isStrictlyBelow(Node lower, Node upper) {
        return !lower.equals(upper) && reaches(lower, upper) && !reaches(upper, lower);
    }

    /** @return the nodes that no other of the given nodes is strictly below, in their given order */
    List<Node> mostSpecific(Collection<Node> nodes) {
        return nodes.stream().filter(n -> nodes.stream().noneMatch(other -> isStrictlyBelow(other, n))).toList();
    }

    private boolean reaches(Node from, Node to) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.equals(to)) {
                return true;
            }
            if (seen.add(n)) {
                graph.find(n, relation, Node.ANY).mapWith(t -> t.getObject()).forEachRemaining(todo::push);
            }
        }
        return false;
    }
}
