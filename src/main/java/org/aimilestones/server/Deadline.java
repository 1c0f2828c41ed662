package org.aimilestones.server;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;

/** The deadline of the request running on this thread, checked by {@link GuardedDatasetGraph} on every triple. */
final class Deadline {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private Deadline() {}

    /** Runs work on this thread with a deadline limit from now; the deadline is cleared afterwards. */
    static <T> T within(Duration limit, Supplier<T> work) {
        CURRENT.set(System.nanoTime() + limit.toNanos());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** @return limit as the messages state it: seconds, without trailing zeros ("1 s", "0.5 s") */
    static String seconds(Duration limit) {
        return BigDecimal.valueOf(limit.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    /** @throws QueryCancelledException if this thread has a deadline and it has passed */
    static void check() {
        Long deadline = CURRENT.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new QueryCancelledException();
        }
    }
}
