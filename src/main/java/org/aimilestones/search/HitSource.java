package org.aimilestones.search;

import java.util.List;
import java.util.Optional;
import org.aimilestones.sources.Citation;
import org.aimilestones.sources.Place;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;

/**
 * A document that states a search hit, with the slides or cues that state it, for the hit's JSON: {@code {iri, page,
 * title: {en, zh}, places: [{iri, page, kind: slide|cue|other, number, time: "HH:MM:SS", seconds, watch}]}}; a
 * cue's watch link opens its source's video at its second, where the source has a video.
 */
public record HitSource(Citation citation) {

    /** @return the document and its places as JSON (see above) */
    public JsonObject toJson() {
        SourceDocument doc = citation.document();
        JsonObject o = new JsonObject();
        o.put("iri", doc.iri().getURI());
        page(doc.iri()).ifPresent(p -> o.put("page", p));
        JsonObject title = new JsonObject();
        doc.title("en").ifPresent(t -> title.put("en", t));
        doc.title("zh").ifPresent(t -> title.put("zh", t));
        o.put("title", title);
        doc.seriesNumber().ifPresent(n -> o.put("number", JsonNumber.value(n)));
        JsonArray places = new JsonArray();
        for (Place place : citation.places()) {
            JsonObject p = new JsonObject();
            p.put("iri", place.iri().getURI());
            page(place.iri()).ifPresent(href -> p.put("page", href));
            p.put("kind", place.kind().jsonName());
            place.number().ifPresent(n -> p.put("number", JsonNumber.value(n)));
            place.clock().ifPresent(clock -> p.put("time", clock));
            place.start().ifPresent(s -> p.put("seconds", JsonNumber.value(s)));
            doc.watchAt(place).ifPresent(url -> p.put("watch", url));
            places.add(p);
        }
        o.put("places", places);
        return o;
    }

    /** @return the page of a project resource on this server, e.g. "/page/alexnet" */
    static Optional<String> page(Node iri) {
        String uri = iri.getURI();
        return uri.startsWith(AIMIL.RESOURCE_NS) ? Optional.of("/page/" + uri.substring(AIMIL.RESOURCE_NS.length()))
                : Optional.empty();
    }

    /** @return the citations as hit sources */
    static List<HitSource> of(List<Citation> citations) {
        return citations.stream().map(HitSource::new).toList();
    }
}
