package org.aimilestones.testing;

import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;

/**
 * Scales for {@code ai-milestones generate --scale N}, read from the bundled graph's size: the real graph grows with
 * every source landed, and a hard-coded N smaller than it is refused (exit 2), so a test asks for the real graph plus
 * so many synthetic triples instead.
 */
public final class Scale {

    /**
     * More than generate ever writes over its scale: it stops after the block that reaches N, and a block (a slide's
     * people, organization, artifact and three events with their claims) is a hundred-odd triples.
     */
    public static final long BLOCK = 200;

    private static long realTriples = -1;

    private Scale() {}

    /** @return the triples of the bundled asserted graph (ontology and data): the smallest scale generate accepts */
    public static synchronized long realTriples() {
        if (realTriples < 0) {
            try {
                realTriples = KnowledgeGraph.load(GraphSource.bundled()).asserted().size();
            } catch (LoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return realTriples;
    }

    /** @return a scale of the real graph and about synthetic more triples */
    public static long withSynthetic(long synthetic) {
        if (synthetic <= 0) {
            throw new IllegalArgumentException("synthetic triples must be positive: " + synthetic);
        }
        return realTriples() + synthetic;
    }

    /** @return {@link #withSynthetic} as the --scale argument */
    public static String arg(long synthetic) {
        return Long.toString(withSynthetic(synthetic));
    }
}
