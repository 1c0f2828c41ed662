package org.aimilestones.sources;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;

/**
 * A document facts are stated in: an aimil:Source (a slide deck, a transcript) with its place in the series, title,
 * credit, covered years and video, or another work a fact points to as a whole (a publication), which has only a
 * title.
 *
 * @param iri          the document
 * @param isSource     whether it is an aimil:Source (with credit, years and series number), not another work
 * @param seriesNumber its aimil:number in its series, if it has one
 * @param titles       its aimil:title literals, else its rdfs:label literals (English first, then Chinese, then others)
 * @param rights       its dct:rights literals: the credit its author asks for (same order)
 * @param years        the years it covers (aimil:coversYear), ascending
 * @param watchUrl     the watch URL of its own video (a transcript's), if it has one
 */
public record SourceDocument(Node iri, boolean isSource, OptionalLong seriesNumber, List<Node> titles,
        List<Node> rights, List<Integer> years, Optional<String> watchUrl) {

    public SourceDocument {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(seriesNumber, "seriesNumber");
        Objects.requireNonNull(watchUrl, "watchUrl");
        titles = List.copyOf(titles);
        rights = List.copyOf(rights);
        years = List.copyOf(years);
    }

    /** @return the title in lang ("en", "zh"), else in the other language, else none */
    public Optional<String> title(String lang) {
        return Literals.pick(titles, lang);
    }

    /** @return the credit in lang ("en", "zh"), else in the other language, else none */
    public Optional<String> credit(String lang) {
        return Literals.pick(rights, lang);
    }

    /** @return the link that opens this document's video at the place's start time, if both are known */
    public Optional<String> watchAt(Place place) {
        if (watchUrl.isEmpty() || place.start().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Offsets.watchAt(watchUrl.get(), place.start().getAsLong()));
    }

    /** @return the covered years as a span, if it covers any */
    public Optional<YearSpan> span() {
        return YearSpan.of(years);
    }
}
