package org.aimilestones.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads the sources of a graph: every aimil:Source in series order with its title, credit, years and video, and, for
 * one resource, the documents that state it with the slides or cues its aimil:statedIn points to. Works on the
 * asserted graph and on the served one with its RDFS entailments alike (aimil:inDeck is read where aimil:inSource is
 * not entailed). Read it inside the caller's read transaction; nothing is kept.
 */
public final class Sources {

    private static final Pattern YEAR = Pattern.compile("^(-?[0-9]{4,})");
    private static final List<Node> SOURCE_CLASSES = List.of(AIMIL.Source.asNode(), AIMIL.SlideDeck.asNode(),
            AIMIL.Transcript.asNode());
    /** Documents in series order; those without a number after them, by IRI. */
    private static final Comparator<SourceDocument> SERIES_ORDER = Comparator
            .comparing((SourceDocument d) -> d.seriesNumber().isEmpty())
            .thenComparingLong(d -> d.seriesNumber().orElse(0))
            .thenComparing(d -> d.iri().toString());
    /** Places in their order in the document: by number, then start time, then IRI. */
    private static final Comparator<Place> DOCUMENT_ORDER = Comparator
            .comparing((Place p) -> p.number().isEmpty())
            .thenComparingLong(p -> p.number().orElse(0))
            .thenComparingLong(p -> p.start().orElse(0))
            .thenComparing(p -> p.iri().toString());

    private final Graph graph;

    public Sources(Graph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** @return every aimil:Source of the graph (decks, transcripts), in series order */
    public List<SourceDocument> all() {
        Set<Node> sources = new LinkedHashSet<>();
        for (Node cls : SOURCE_CLASSES) {
            graph.find(Node.ANY, RDF.type.asNode(), cls).forEachRemaining(t -> sources.add(t.getSubject()));
        }
        return sources.stream().filter(Node::isURI).map(this::document).sorted(SERIES_ORDER).toList();
    }

    /** @return the years from the first to the last that the sources cover, if any covers one */
    public Optional<YearSpan> span() {
        return YearSpan.of(all().stream().flatMap(d -> d.years().stream()).toList());
    }

    /**
     * @return the documents stating resource (its aimil:statedIn values, grouped by the source they are in), in
     *         series order, each with its slides or cues in their order; a value in no source (a publication) is a
     *         document of its own, with no places
     */
    public List<Citation> citing(Node resource) {
        Map<Node, List<Place>> byDocument = new LinkedHashMap<>();
        graph.find(resource, AIMIL.statedIn.asNode(), Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI)
                .forEachRemaining(stated -> {
                    Optional<Node> in = sourceOf(stated);
                    List<Place> places = byDocument.computeIfAbsent(in.orElse(stated), d -> new ArrayList<>());
                    if (in.isPresent()) {
                        places.add(place(stated));
                    }
                });
        List<Citation> citations = new ArrayList<>();
        byDocument.forEach((doc, places) -> citations.add(new Citation(document(doc),
                places.stream().sorted(DOCUMENT_ORDER).toList())));
        citations.sort(Comparator.comparing(Citation::document, SERIES_ORDER));
        return citations;
    }

    /** @return the source a slide, section or cue belongs to (aimil:inSource or aimil:inDeck), if any */
    public Optional<Node> sourceOf(Node part) {
        for (Node p : List.of(AIMIL.inSource.asNode(), AIMIL.inDeck.asNode())) {
            Optional<Node> in = objects(part, p).stream().findFirst();
            if (in.isPresent()) {
                return in;
            }
        }
        return Optional.empty();
    }

    /** @return the document node read from the graph (whatever it is: a source, a publication, anything) */
    public SourceDocument document(Node doc) {
        boolean isSource = SOURCE_CLASSES.stream().anyMatch(c -> graph.contains(doc, RDF.type.asNode(), c));
        List<Node> titles = Literals.of(graph, doc, AIMIL.title.asNode());
        if (titles.isEmpty()) {
            titles = Literals.of(graph, doc, RDFS.label.asNode());
        }
        List<Integer> years = Literals.of(graph, doc, AIMIL.coversYear.asNode()).stream()
                .map(l -> YEAR.matcher(l.getLiteralLexicalForm())).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).distinct().sorted().toList();
        Optional<String> watch = objects(doc, AIMIL.video.asNode()).stream()
                .flatMap(v -> objects(v, AIMIL.watchUrl.asNode()).stream()).map(Node::getURI).sorted().findFirst();
        return new SourceDocument(doc, isSource, number(doc), titles,
                Literals.of(graph, doc, DCTerms.rights.asNode()), years, watch);
    }

    /** @return the slide, cue or other node read from the graph */
    public Place place(Node part) {
        Place.Kind kind = graph.contains(part, RDF.type.asNode(), AIMIL.Slide.asNode()) ? Place.Kind.SLIDE
                : graph.contains(part, RDF.type.asNode(), AIMIL.Cue.asNode()) ? Place.Kind.CUE : Place.Kind.OTHER;
        OptionalLong start = OptionalLong.empty();
        for (Node offset : Literals.of(graph, part, AIMIL.startOffset.asNode())) {
            start = Offsets.seconds(offset);
            if (start.isPresent()) {
                break;
            }
        }
        return new Place(part, kind, number(part), kind == Place.Kind.CUE ? start : OptionalLong.empty(),
                Literals.of(graph, part, AIMIL.title.asNode()), Literals.of(graph, part, AIMIL.cueText.asNode()));
    }

    private OptionalLong number(Node node) {
        for (Node n : Literals.of(graph, node, AIMIL.number.asNode())) {
            if (n.getLiteralValue() instanceof Number value) {
                return OptionalLong.of(value.longValue());
            }
        }
        return OptionalLong.empty();
    }

    private List<Node> objects(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI).toList()
                .stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

}
