package org.aimilestones.sources;

import java.util.List;
import java.util.Objects;

/**
 * Where one document states a resource: the document and its places (slides in slide order, cues in cue order)
 * that the resource's aimil:statedIn points to; no places when the resource points to the document as a whole.
 */
public record Citation(SourceDocument document, List<Place> places) {

    public Citation {
        Objects.requireNonNull(document, "document");
        places = List.copyOf(places);
    }
}
