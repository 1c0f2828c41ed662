package org.aimilestones.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Finds the k shortest loopless paths between two resources of a graph, walking it through {@link Graph#find} (an
 * in-memory graph, a TDB2 store, or the server's guarded view of either) and holding only the neighbourhoods it
 * visits, never the whole graph.
 *
 * <p>Edges go both ways. Between two nodes only the most specific properties count: where the graph states (or
 * entails) both p and a super-property of p between the same two nodes in the same direction, the super-property is
 * dropped, so the RDFS entailments of the served graph add no edges. The {@link EdgePolicy} then leaves out what it
 * excludes, and no path passes through a hub.
 *
 * <p>How: a breadth-first search from the end, to half the hop bound, gives each node near the end its distance to
 * it; a depth-first search from the start then lists the paths of length 1, 2, … up to the bound, each length in
 * {@link Hop#ORDER} (its neighbours are visited in that order), and steps only to nodes from which the end is still
 * reachable in the steps left (the distance where known, else more than half the bound). It stops at k paths. Each
 * node's neighbours are read once per search. The entries held (neighbours, distances, hub checks) are counted; more
 * than the query's {@link PathQuery#maxVisited()} stops the search with a {@link PathLimitException}. Time: every
 * find() of a guarded graph checks the request's deadline, and the depth-first search asks the graph for a cheap
 * contains() every {@value #CHECK_EVERY} steps, so the deadline also stops it between reads.
 */
public final class PathFinder {

    static final int CHECK_EVERY = 1024;

    private final Graph graph;

    /** @param graph the graph to walk, read inside the caller's read transaction */
    public PathFinder(Graph graph) {
        this.graph = graph;
    }

    /** @return whether the graph says anything about node (it is the subject of a triple) */
    public boolean knows(Node node) {
        return node.isURI() && graph.contains(node, Node.ANY, Node.ANY);
    }

    /**
     * @return the paths of query, shortest first (none if the endpoints are not connected within its hop bound)
     * @throws PathRequestException if an endpoint is not in the graph
     * @throws PathLimitException   if the search needed more entries than the query allows
     */
    public PathResult find(PathQuery query) {
        for (Node end : List.of(query.from(), query.to())) {
            if (!knows(end)) {
                String which = end.equals(query.from()) ? "from" : "to";
                throw new PathRequestException("Unknown " + which + ": " + end.getURI() + " is not a resource of this"
                        + " graph", which + " 未知：" + end.getURI() + " 不是本图谱中的资源");
            }
        }
        return new Search(query).run();
    }

    /** The strict super-properties of each property, from the graph's rdfs:subPropertyOf triples, closed. */
    private Map<Node, Set<Node>> superProperties() {
        Map<Node, Set<Node>> direct = new HashMap<>();
        graph.find(Node.ANY, RDFS.subPropertyOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().equals(t.getObject())) {
                direct.computeIfAbsent(t.getSubject(), x -> new HashSet<>()).add(t.getObject());
            }
        });
        Map<Node, Set<Node>> closed = new HashMap<>();
        for (Node p : direct.keySet()) {
            Set<Node> all = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(p));
            while (!todo.isEmpty()) {
                Node q = todo.pop();
                if (!q.equals(p) && all.add(q)) {
                    todo.addAll(direct.getOrDefault(q, Set.of()));
                }
            }
            closed.put(p, all);
        }
        return closed;
    }

    private final class Search {

        private final PathQuery query;
        private final Node to;
        private final Map<Node, Set<Node>> supers = superProperties();
        private final Set<Node> hubClasses = new HashSet<>();
        private final Map<Node, List<Hop>> neighbours = new HashMap<>();
        private final Map<Node, Integer> distanceToEnd = new HashMap<>();
        private final Map<Node, Boolean> hubs = new HashMap<>();
        private final int reach;
        private final List<Path> found = new ArrayList<>();
        private final Deque<Hop> stack = new ArrayDeque<>();
        private final Set<Node> onPath = new HashSet<>();
        private long held;
        private long steps;

        Search(PathQuery query) {
            this.query = query;
            this.to = query.to();
            this.reach = (query.maxHops() + 1) / 2;
            query.policy().hubClasses().forEach(c -> hubClasses.add(NodeFactory.createURI(c)));
        }

        PathResult run() {
            distancesToEnd();
            onPath.add(query.from());
            for (int length = 1; length <= query.maxHops() && found.size() < query.k(); length++) {
                walk(query.from(), length);
            }
            return new PathResult(query, found, (int) held);
        }

        /** Breadth-first from the end to {@link #reach} steps, not through hubs nor the start. */
        private void distancesToEnd() {
            distanceToEnd.put(to, 0);
            hold(1);
            List<Node> frontier = List.of(to);
            for (int d = 1; d <= reach && !frontier.isEmpty(); d++) {
                List<Node> next = new ArrayList<>();
                for (Node u : frontier) {
                    if (!u.equals(to) && (u.equals(query.from()) || isHub(u))) {
                        continue;
                    }
                    for (Hop hop : neighbours(u)) {
                        if (distanceToEnd.putIfAbsent(hop.node(), d) == null) {
                            hold(1);
                            next.add(hop.node());
                        }
                    }
                }
                frontier = next;
            }
        }

        /** Depth-first: the paths from node with exactly left steps to the end, in order. */
        private void walk(Node node, int left) {
            for (Hop hop : neighbours(node)) {
                if (found.size() >= query.k()) {
                    return;
                }
                tick();
                Node next = hop.node();
                if (onPath.contains(next)) {
                    continue;
                }
                if (left == 1) {
                    if (next.equals(to)) {
                        stack.addLast(hop);
                        found.add(new Path(query.from(), List.copyOf(stack)));
                        stack.removeLast();
                    }
                    continue;
                }
                if (next.equals(to) || distanceToEnd.getOrDefault(next, reach + 1) > left - 1 || isHub(next)) {
                    continue;
                }
                stack.addLast(hop);
                onPath.add(next);
                walk(next, left - 1);
                onPath.remove(next);
                stack.removeLast();
            }
        }

        /** The steps from node, most specific properties only, allowed by the policy, in {@link Hop#ORDER}. */
        private List<Hop> neighbours(Node node) {
            List<Hop> known = neighbours.get(node);
            if (known != null) {
                return known;
            }
            Map<Node, List<Node>> out = new LinkedHashMap<>();
            Map<Node, List<Node>> in = new LinkedHashMap<>();
            collect(graph.find(node, Node.ANY, Node.ANY), node, true, out);
            collect(graph.find(Node.ANY, Node.ANY, node), node, false, in);
            List<Hop> hops = new ArrayList<>();
            add(hops, out, true);
            add(hops, in, false);
            hops.sort(Hop.ORDER);
            hold(1 + hops.size());
            neighbours.put(node, hops);
            return hops;
        }

        private void collect(Iterator<Triple> triples, Node node, boolean forward, Map<Node, List<Node>> into) {
            try {
                while (triples.hasNext()) {
                    Triple t = triples.next();
                    Node other = forward ? t.getObject() : t.getSubject();
                    if (other.isURI() && !other.equals(node) && t.getPredicate().isURI()) {
                        into.computeIfAbsent(other, x -> new ArrayList<>(2)).add(t.getPredicate());
                    }
                }
            } finally {
                Iter.close(triples);
            }
        }

        private void add(List<Hop> hops, Map<Node, List<Node>> byNode, boolean forward) {
            byNode.forEach((other, properties) -> {
                for (Node p : properties) {
                    if (mostSpecific(p, properties) && query.policy().allowsProperty(p.getURI())) {
                        hops.add(new Hop(p, forward, other));
                    }
                }
            });
        }

        /** @return whether no other property of properties is a sub-property of p */
        private boolean mostSpecific(Node p, List<Node> properties) {
            if (properties.size() == 1) {
                return true;
            }
            for (Node q : properties) {
                if (!q.equals(p) && supers.getOrDefault(q, Set.of()).contains(p)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isHub(Node node) {
            Boolean known = hubs.get(node);
            if (known != null) {
                return known;
            }
            boolean hub = false;
            if (!hubClasses.isEmpty()) {
                Iterator<Triple> types = graph.find(node, RDF.type.asNode(), Node.ANY);
                try {
                    while (types.hasNext() && !hub) {
                        hub = hubClasses.contains(types.next().getObject());
                    }
                } finally {
                    Iter.close(types);
                }
            }
            hubs.put(node, hub);
            hold(1);
            return hub;
        }

        private void hold(int entries) {
            held += entries;
            if (held > query.maxVisited()) {
                throw new PathLimitException(query.maxVisited());
            }
        }

        /** Every {@value #CHECK_EVERY} steps, a contains() through which a guarded graph checks the deadline. */
        private void tick() {
            if (++steps % CHECK_EVERY == 0) {
                graph.contains(query.from(), RDF.type.asNode(), query.from());
            }
        }
    }
}
