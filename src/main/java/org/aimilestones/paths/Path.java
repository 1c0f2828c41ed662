package org.aimilestones.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** A loopless path: its start and its steps, the last one reaching the end. */
public record Path(Node start, List<Hop> hops) {

    public Path {
        Objects.requireNonNull(start, "start");
        hops = List.copyOf(hops);
    }

    /** @return the number of steps */
    public int length() {
        return hops.size();
    }

    /** @return the nodes in order, start first */
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>(hops.size() + 1);
        nodes.add(start);
        hops.forEach(h -> nodes.add(h.node()));
        return nodes;
    }

    /** @return the triple the graph states for step i (0-based): subject and object as stated, whatever the direction */
    public Triple triple(int i) {
        Node before = i == 0 ? start : hops.get(i - 1).node();
        Hop hop = hops.get(i);
        return hop.forward() ? Triple.create(before, hop.property(), hop.node())
                : Triple.create(hop.node(), hop.property(), before);
    }
}
