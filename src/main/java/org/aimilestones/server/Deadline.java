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

    /** @return the nanoseconds left before this thread's deadline (0 if passed), or Long.MAX_VALUE if it has none */
    static long nanosLeft() {
        Long deadline = CURRENT.get();
        return deadline == null ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
    }

    /** Ends this thread's deadline early (its work is done; what is left, e.g. sending a kept answer, is not bound). */
    static void end() {
        CURRENT.remove();
    }

    /** @return limit as the messages state it: seconds, without trailing zeros ("1 s", "0.5 s") */
    static String seconds(Duration limit) {
        return number(limit) + " s";
    }

    /** @return limit in seconds as a plain number without trailing zeros ("10", "0.5"), for either language */
    static String number(Duration limit) {
        return BigDecimal.valueOf(limit.toNanos(), 9).stripTrailingZeros().toPlainString();
    }

    /** @throws QueryCancelledException if this thread has a deadline and it has passed */
    static void check() {
        Long deadline = CURRENT.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new QueryCancelledException();
        }
    }
}
