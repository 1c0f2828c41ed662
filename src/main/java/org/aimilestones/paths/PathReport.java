package org.aimilestones.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.aimilestones.sources.Place;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * Describes found paths for people: each node and property with its English and Chinese labels (a backward step
 * also with the property's owl:inverseOf, where the ontology names one), each node with its page, and each step with
 * the places that state it — the slides or transcript cues that the aimil:statedIn of both its ends point to, else
 * those of its subject (the statement the triple belongs to), as the resource pages show "stated in" — at most
 * {@value #MAX_PLACES} per step. As JSON ({@link #json}) and as sentences ({@link #sentence}). Read inside the
 * caller's read transaction.
 */
public final class PathReport {

    /** The most places listed per step; the rest are counted. */
    public static final int MAX_PLACES = 5;

    private final Graph graph;
    private final Function<String, Optional<String>> pages;
    private final Sources sources;
    private final Map<Node, JsonObject> labels = new HashMap<>();
    private final Map<Node, SourceDocument> documents = new HashMap<>();

    /**
     * @param graph the graph the paths were found in
     * @param pages the page of an IRI, if this server has one (the link the resource pages use)
     */
    public PathReport(Graph graph, Function<String, Optional<String>> pages) {
        this.graph = graph;
        this.pages = pages;
        this.sources = new Sources(graph);
    }

    /** @return the whole answer: the query, both endpoints and every path */
    public JsonObject json(PathResult result) {
        PathQuery query = result.query();
        JsonObject answer = new JsonObject();
        answer.put("from", node(query.from()));
        answer.put("to", node(query.to()));
        answer.put("k", query.k());
        answer.put("maxHops", query.maxHops());
        answer.put("maxVisited", query.maxVisited());
        answer.put("defaultPolicy", query.policy().isDefault());
        JsonArray paths = new JsonArray();
        int rank = 1;
        for (Path path : result.paths()) {
            paths.add(path(path, rank++));
        }
        answer.put("paths", paths);
        answer.put("held", result.held());
        return answer;
    }

    private JsonObject path(Path path, int rank) {
        JsonObject json = new JsonObject();
        json.put("rank", rank);
        json.put("hops", path.length());
        JsonArray nodes = new JsonArray();
        path.nodes().forEach(n -> nodes.add(node(n)));
        json.put("nodes", nodes);
        JsonArray edges = new JsonArray();
        for (int i = 0; i < path.length(); i++) {
            edges.add(edge(path.hops().get(i), path.triple(i)));
        }
        json.put("edges", edges);
        return json;
    }

    private JsonObject edge(Hop hop, Triple stated) {
        JsonObject json = new JsonObject();
        json.put("property", term(hop.property()));
        if (!hop.forward()) {
            inverse(hop.property()).ifPresent(inverse -> json.put("inverse", term(inverse)));
        }
        json.put("direction", hop.direction());
        json.put("subject", stated.getSubject().getURI());
        json.put("object", stated.getObject().getURI());
        List<Node> places = places(stated);
        JsonArray array = new JsonArray();
        places.stream().limit(MAX_PLACES).forEach(p -> array.add(source(p)));
        json.put("sources", array);
        json.put("moreSources", Math.max(0, places.size() - MAX_PLACES));
        return json;
    }

    /** A node: IRI, labels and page. */
    private JsonObject node(Node node) {
        JsonObject json = term(node);
        pages.apply(node.getURI()).ifPresent(page -> json.put("page", page));
        return json;
    }

    /** A term: IRI and labels {en, zh} (null where the graph has none). */
    private JsonObject term(Node node) {
        JsonObject cached = labels.get(node);
        JsonObject json = new JsonObject();
        json.put("iri", node.getURI());
        json.put("label", cached != null ? cached : labelsOf(node, RDFS.label.asNode()));
        labels.putIfAbsent(node, json.get("label").getAsObject());
        return json;
    }

    private JsonObject labelsOf(Node node, Node property) {
        JsonObject json = new JsonObject();
        for (String lang : List.of("en", "zh")) {
            Optional<String> text = literal(node, property, lang);
            if (text.isPresent()) {
                json.put(lang, text.get());
            } else {
                json.put(lang, org.apache.jena.atlas.json.JsonNull.instance);
            }
        }
        return json;
    }

    /** One place stating a step: the slide or cue, its labels and page, and the document it is in. */
    private JsonObject source(Node placeNode) {
        Place place = sources.place(placeNode);
        JsonObject json = node(placeNode);
        json.put("kind", place.kind().jsonName());
        place.number().ifPresent(n -> json.put("number", n));
        place.clock().ifPresent(clock -> json.put("clock", clock));
        Optional<Node> in = sources.sourceOf(placeNode);
        if (in.isPresent()) {
            SourceDocument doc = documents.computeIfAbsent(in.get(), sources::document);
            JsonObject document = new JsonObject();
            document.put("iri", doc.iri().getURI());
            JsonObject title = new JsonObject();
            for (String lang : List.of("en", "zh")) {
                Optional<String> text = doc.title(lang);
                if (text.isPresent()) {
                    title.put(lang, text.get());
                } else {
                    title.put(lang, org.apache.jena.atlas.json.JsonNull.instance);
                }
            }
            document.put("title", title);
            pages.apply(doc.iri().getURI()).ifPresent(page -> document.put("page", page));
            json.put("document", document);
            doc.watchAt(place).ifPresent(watch -> json.put("watch", watch));
        }
        return json;
    }

    /**
     * @return the places stating triple: those both ends are stated in, else those its subject is stated in, in
     *         series and document order (as the resource pages list them: by the series number of the source they
     *         are in, then their own number, then IRI); only the places are read, not the whole citations
     */
    List<Node> places(Triple triple) {
        Set<Node> ofObject = statedIn(triple.getObject());
        Set<Node> ofSubject = statedIn(triple.getSubject());
        List<Node> both = ofSubject.stream().filter(ofObject::contains).toList();
        List<Node> chosen = new ArrayList<>(both.isEmpty() ? ofSubject : both);
        Map<Node, long[]> keys = new HashMap<>();
        for (Node place : chosen) {
            Optional<Node> in = sources.sourceOf(place);
            long series = in.map(this::seriesNumber).orElse(Long.MAX_VALUE);
            keys.put(place, new long[] {series, number(place)});
        }
        chosen.sort(Comparator.<Node>comparingLong(p -> keys.get(p)[0]).thenComparingLong(p -> keys.get(p)[1])
                .thenComparing(Node::getURI));
        return chosen;
    }

    private final Map<Node, Long> series = new HashMap<>();

    private long seriesNumber(Node document) {
        return series.computeIfAbsent(document, this::number);
    }

    /** @return the node's aimil:number, or Long.MAX_VALUE */
    private long number(Node node) {
        return graph.find(node, AIMIL.number.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(n -> n.isLiteral() && n.getLiteralValue() instanceof Number).toList().stream()
                .mapToLong(n -> ((Number) n.getLiteralValue()).longValue()).min().orElse(Long.MAX_VALUE);
    }

    /**
     * @return the places stating triple as text in lang: "Cue 17 (00:01:23), " followed by the source's title,
     *         at most {@value #MAX_PLACES}, then how many more
     */
    public List<String> placeLabels(Triple triple, String lang) {
        List<Node> places = places(triple);
        List<String> shown = new ArrayList<>();
        for (Node place : places.subList(0, Math.min(MAX_PLACES, places.size()))) {
            Optional<String> doc = sources.sourceOf(place).flatMap(d -> sources.document(d).title(lang));
            shown.add(label(place, lang) + doc.map(title -> ("zh".equals(lang) ? "，" : ", ") + title).orElse(""));
        }
        if (places.size() > MAX_PLACES) {
            int more = places.size() - MAX_PLACES;
            shown.add("zh".equals(lang) ? "另有 " + more + " 处" : more + " more");
        }
        return shown;
    }

    private Set<Node> statedIn(Node node) {
        Set<Node> places = new LinkedHashSet<>();
        graph.find(node, AIMIL.statedIn.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                places.add(t.getObject());
            }
        });
        return places;
    }

    /** @return the inverse the ontology names for property (owl:inverseOf either way), if any */
    Optional<Node> inverse(Node property) {
        Optional<Node> inverse = graph.find(property, OWL.inverseOf.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).toList().stream().min(Comparator.comparing(Node::getURI));
        return inverse.or(() -> graph.find(Node.ANY, OWL.inverseOf.asNode(), property).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).toList().stream().min(Comparator.comparing(Node::getURI)));
    }

    /**
     * @return the path as one sentence in lang ("en" or "zh"): "Geoffrey Hinton — leads → Hinton's team — creator of
     *         → AlexNet"; a backward step reads with the inverse's label where there is one, else as "← label —"
     */
    public String sentence(Path path, String lang) {
        StringBuilder text = new StringBuilder(label(path.start(), lang));
        for (Hop hop : path.hops()) {
            Optional<Node> inverse = hop.forward() ? Optional.empty() : inverse(hop.property());
            if (hop.forward() || inverse.isPresent()) {
                text.append(" — ").append(label(inverse.orElse(hop.property()), lang)).append(" → ");
            } else {
                text.append(" ← ").append(label(hop.property(), lang)).append(" — ");
            }
            text.append(label(hop.node(), lang));
        }
        return text.toString();
    }

    /** @return the node's label in lang, else in the other language, else its IRI's local name */
    public String label(Node node, String lang) {
        String other = "zh".equals(lang) ? "en" : "zh";
        return literal(node, RDFS.label.asNode(), lang).or(() -> literal(node, RDFS.label.asNode(), other))
                .orElseGet(() -> localName(node.getURI()));
    }

    private Optional<String> literal(Node node, Node property, String lang) {
        return graph.find(node, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .filterKeep(l -> l.getLiteralLanguage().toLowerCase(Locale.ROOT).split("-", 2)[0].equals(lang))
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst();
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
