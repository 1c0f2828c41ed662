package org.aimilestones.sources;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;

/**
 * The place in a source that states a fact: a slide (its number and title), a transcript's cue (its number, its start
 * time in the video and its words), or something else a fact is stated in (a publication), taken as a whole.
 *
 * @param iri    the slide, cue or other node (the object of aimil:statedIn)
 * @param kind   what it is
 * @param number its aimil:number in its source (slide or cue number), if it has one
 * @param start  a cue's start in the video, in whole seconds, if it has one
 * @param titles a slide's aimil:title literals (English first, then Chinese, then others)
 * @param texts  a cue's aimil:cueText literals
 */
public record Place(Node iri, Kind kind, OptionalLong number, OptionalLong start, List<Node> titles,
        List<Node> texts) {

    /** What a place is. */
    public enum Kind {
        /** An aimil:Slide of a deck. */
        SLIDE,
        /** An aimil:Cue of a transcript. */
        CUE,
        /** Anything else a fact is stated in, e.g. an aimil:Publication. */
        OTHER;

        /** @return the name used in JSON: "slide", "cue" or "other" */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Place {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(start, "start");
        titles = List.copyOf(titles);
        texts = List.copyOf(texts);
    }

    /** @return the start time as HH:MM:SS, if the place has one */
    public Optional<String> clock() {
        return start.isPresent() ? Optional.of(Offsets.clock(start.getAsLong())) : Optional.empty();
    }
}
