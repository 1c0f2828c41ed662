package org.aimilestones.paths;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What to find: up to k loopless paths of at most maxHops steps between two resources, holding at most maxVisited
 * nodes while searching, along the edges policy allows.
 *
 * @param from       the start (an IRI)
 * @param to         the end (an IRI), not the start
 * @param k          how many paths, 1 to {@value #MAX_K} (default {@value #DEFAULT_K})
 * @param maxHops    the most steps a path has, 1 to {@value #MAX_HOPS} (default {@value #DEFAULT_HOPS})
 * @param maxVisited the most nodes the search holds (their neighbours and distances), 1 to {@value #MAX_VISITED}
 *                   (default {@value #DEFAULT_VISITED}); more is a {@link PathLimitException}
 * @param policy     which edges and nodes a path may use
 */
public record PathQuery(Node from, Node to, int k, int maxHops, int maxVisited, EdgePolicy policy) {

    public static final int DEFAULT_K = 5;
    public static final int MAX_K = 20;
    public static final int DEFAULT_HOPS = 4;
    public static final int MAX_HOPS = 6;
    public static final int DEFAULT_VISITED = 50_000;
    public static final int MAX_VISITED = 200_000;
    /** The name of the bound on held nodes, as a request parameter and in messages. */
    public static final String MAX_VISITED_PARAM = "max-visited";

    public PathQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(policy, "policy");
        if (!from.isURI() || !to.isURI()) {
            throw new PathRequestException("from and to must be IRIs", "from 和 to 必须是 IRI");
        }
        if (from.equals(to)) {
            throw new PathRequestException("from and to are the same resource (" + from.getURI() + "): pick two"
                    + " different ones", "from 与 to 是同一个资源（" + from.getURI() + "）：请选择两个不同的资源");
        }
        check("k", k, MAX_K);
        check("max-hops", maxHops, MAX_HOPS);
        check(MAX_VISITED_PARAM, maxVisited, MAX_VISITED);
    }

    /** @return the default query from one IRI to another */
    public static PathQuery of(String from, String to) {
        return new PathQuery(NodeFactory.createURI(from), NodeFactory.createURI(to), DEFAULT_K, DEFAULT_HOPS,
                DEFAULT_VISITED, EdgePolicy.DEFAULT);
    }

    /**
     * Reads a query from request parameters; a missing or blank value is its default. from and to are IRIs or
     * prefixed names (res:alexnet); include and exclude are lists separated by commas or spaces.
     *
     * @throws PathRequestException naming the parameter that is missing or bad
     */
    public static PathQuery parse(String from, String to, String k, String maxHops, String maxVisited,
            String include, String exclude) {
        return new PathQuery(endpoint("from", from), endpoint("to", to), number("k", k, DEFAULT_K, MAX_K),
                number("max-hops", maxHops, DEFAULT_HOPS, MAX_HOPS),
                number(MAX_VISITED_PARAM, maxVisited, DEFAULT_VISITED, MAX_VISITED),
                EdgePolicy.of(list(include), list(exclude)));
    }

    /** @return this query with another k */
    public PathQuery withK(int newK) {
        return new PathQuery(from, to, newK, maxHops, maxVisited, policy);
    }

    /** @return this query with another hop bound */
    public PathQuery withMaxHops(int hops) {
        return new PathQuery(from, to, k, hops, maxVisited, policy);
    }

    /** @return this query with another bound on held nodes */
    public PathQuery withMaxVisited(int visited) {
        return new PathQuery(from, to, k, maxHops, visited, policy);
    }

    /** @return this query with another edge policy */
    public PathQuery withPolicy(EdgePolicy newPolicy) {
        return new PathQuery(from, to, k, maxHops, maxVisited, newPolicy);
    }

    static Node endpoint(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new PathRequestException("Missing " + name + ": give the IRI of a resource, e.g. " + name
                    + "=https://w3id.org/ai-milestones/resource/alexnet", "缺少参数 " + name
                    + "：请给出资源的 IRI，例如 " + name + "=https://w3id.org/ai-milestones/resource/alexnet");
        }
        String iri;
        try {
            iri = EdgePolicy.expand(value.strip());
        } catch (PathRequestException e) {
            String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
            throw new PathRequestException(name + " is not an IRI: \"" + shown + "\"", name + " 不是 IRI：\""
                    + shown + "\"");
        }
        return NodeFactory.createURI(iri);
    }

    private static int number(String name, String value, int byDefault, int max) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value.strip());
            check(name, n, max);
            return n;
        } catch (NumberFormatException e) {
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
            throw new PathRequestException(name + " must be a whole number from 1 to " + max + ", not \"" + shown
                    + "\"", name + " 必须是 1 到 " + max + " 之间的整数，而不是 \"" + shown + "\"");
        }
    }

    private static void check(String name, int n, int max) {
        if (n < 1 || n > max) {
            throw new PathRequestException(name + " must be from 1 to " + max + ", not " + n, name + " 必须在 1 到 "
                    + max + " 之间，而不是 " + n);
        }
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
