package org.aimilestones.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The facts of one resource, each once: its triples in both directions without those a more specific property
 * already states between the same two nodes (sem:hasActor beside aimil:participant), without copies of its labels
 * and comment under other properties (schema:name, schema:description, an equal skos:prefLabel), without the
 * incoming triples the page shows elsewhere (its date claims beside its date, its Wikidata link resources beside the
 * links) or that restate an outgoing one through owl:inverseOf; the outgoing ones sorted into {@link FactGroup}s.
 */
final class ResourceFacts {

    private final Graph graph;
    private final Node resource;
    private final Hierarchy properties;
    private final Map<List<Node>, Boolean> below = new HashMap<>();
    private final Map<FactGroup, Map<Node, List<Node>>> outgoing = new EnumMap<>(FactGroup.class);
    private final Map<Node, List<Node>> incoming = new LinkedHashMap<>();

    ResourceFacts(Graph graph, Node resource) {
        this.graph = graph;
        this.resource = resource;
        this.properties = new Hierarchy(graph, RDFS.subPropertyOf.asNode());
        readOutgoing();
        readIncoming();
    }

    /** @return property → values of the outgoing facts in group, in first-seen order (empty if none) */
    Map<Node, List<Node>> outgoing(FactGroup group) {
        return outgoing.getOrDefault(group, Map.of());
    }

    /** @return property → subjects of the incoming facts (the page lists them as "what links here") */
    Map<Node, List<Node>> incoming() {
        return incoming;
    }

    private void readOutgoing() {
        List<Triple> triples = graph.find(resource, Node.ANY, Node.ANY).toList();
        Set<Node> echoed = new HashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDFS.label.asNode()) || t.getPredicate().equals(RDFS.comment.asNode())) {
                echoed.add(t.getObject());
            }
        }
        // the heading and the lead show one label and one comment a language; a second one in a language is listed
        Set<Node> headed = new HashSet<>();
        Texts texts = new Texts(graph);
        headed.addAll(Texts.firstPerLanguage(texts.literals(resource, RDFS.label.asNode())));
        headed.addAll(Texts.firstPerLanguage(texts.literals(resource, RDFS.comment.asNode())));
        Map<Node, List<Node>> byOther = predicatesByOther(triples, true);
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            boolean echo = o.isLiteral() && echoed.contains(o) && !p.equals(RDFS.label.asNode())
                    && !p.equals(RDFS.comment.asNode());
            if (echo || entailed(p, byOther.get(o))) {
                continue;
            }
            boolean heading = p.equals(RDFS.label.asNode()) || p.equals(RDFS.comment.asNode());
            FactGroup group = heading && !headed.contains(o) ? FactGroup.WHAT : FactGroup.of(p, o);
            outgoing.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new ArrayList<>())
                    .add(o);
        }
    }

    private void readIncoming() {
        List<Triple> triples = graph.find(Node.ANY, Node.ANY, resource).toList();
        Map<Node, List<Node>> byOther = predicatesByOther(triples, false);
        Map<Node, Set<Node>> inverses = new HashMap<>();
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node s = t.getSubject();
            if (entailed(p, byOther.get(s)) || shownElsewhere(s, p)
                    || restatesOutgoing(s, inverses.computeIfAbsent(p, this::inversesOf))) {
                continue;
            }
            incoming.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
        }
    }

    /** A date claim about the resource (shown with its date) or its Wikidata link resource (shown with the link). */
    private boolean shownElsewhere(Node subject, Node property) {
        if (property.equals(AIMIL.linkSubject.asNode())) {
            return true;
        }
        return property.equals(AIMIL.about.asNode())
                && graph.contains(subject, RDF.type.asNode(), AIMIL.DateClaim.asNode());
    }

    private boolean restatesOutgoing(Node subject, Set<Node> inverseProperties) {
        for (Node q : inverseProperties) {
            if (graph.contains(resource, q, subject)) {
                return true;
            }
        }
        return false;
    }

    private Set<Node> inversesOf(Node property) {
        Set<Node> inverses = new HashSet<>();
        graph.find(property, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> inverses.add(t.getObject()));
        graph.find(Node.ANY, OWL.inverseOf.asNode(), property).forEachRemaining(t -> inverses.add(t.getSubject()));
        return inverses;
    }

    /** @return the other end of each triple → the properties linking it to the resource */
    private static Map<Node, List<Node>> predicatesByOther(List<Triple> triples, boolean outgoing) {
        Map<Node, List<Node>> byOther = new HashMap<>();
        for (Triple t : triples) {
            byOther.computeIfAbsent(outgoing ? t.getObject() : t.getSubject(), k -> new ArrayList<>(2))
                    .add(t.getPredicate());
        }
        return byOther;
    }

    /** @return true if another of the properties between the same two nodes is strictly below property */
    private boolean entailed(Node property, List<Node> between) {
        if (between == null || between.size() < 2) {
            return false;
        }
        for (Node other : between) {
            if (!other.equals(property) && below.computeIfAbsent(List.of(other, property),
                    k -> properties.isStrictlyBelow(k.get(0), k.get(1)))) {
                return true;
            }
        }
        return false;
    }
}
