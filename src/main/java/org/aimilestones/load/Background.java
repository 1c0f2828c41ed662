package org.aimilestones.load;

import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Work a served dataset goes on doing after it has opened, such as filling its search index from a large store. The
 * dataset publishes it in its context; what reads the whole graph for a page's figures waits for it instead of
 * running beside it. On a 10M-triple store the two together crawled: the index took in 5–7k labels a second (10.7k
 * alone), and the collector took most of a core.
 */
public final class Background {

    private static final Symbol WORK = Symbol.create("urn:x-ai-milestones:background-work");

    private Background() {}

    /** States in context that work goes on in the background until it completes (normally or not). */
    public static void publish(Context context, CompletableFuture<?> work) {
        context.set(WORK, work.handle((value, failure) -> null));
    }

    /** @return the background work context states, done when there is none; it never completes exceptionally */
    public static CompletableFuture<?> of(Context context) {
        return context != null && context.get(WORK) instanceof CompletableFuture<?> work ? work
                : CompletableFuture.completedFuture(null);
    }
}
