package org.aimilestones.server;

import java.time.Duration;

/**
 * The slowest a client may send a request body or take a response: after a grace period, at least
 * {@code bytesPerSecond} for every further second (data may come in bursts, but may not trickle). For a body the
 * seconds count from the end of its headers ({@link BodyReadHandler}); for a response, only the time its writes spent
 * waiting on the client ({@link WriteRateHandler}). One byte every 4 s against 100,000 announced fails this within
 * seconds; an idle timeout never would.
 */
record DataRate(long bytesPerSecond, Duration grace) {

    /** The server's rate, both ways: 1 KB/s after 5 s. */
    static final DataRate DEFAULT = new DataRate(1024, Duration.ofSeconds(5));

    DataRate {
        if (bytesPerSecond < 1) {
            throw new IllegalArgumentException("data rate " + bytesPerSecond + " bytes/s is not positive");
        }
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("data rate grace period " + grace + " is not a duration >= 0");
        }
    }

    /** @return whether bytes (received or sent), after elapsedNanos, are too few */
    boolean tooSlow(long received, long elapsedNanos) {
        return elapsedNanos > dueNanos(received);
    }

    /** @return after how long bytes stop being enough */
    long dueNanos(long received) {
        double seconds = (double) received / bytesPerSecond;
        return grace.toNanos() + (long) Math.min(Long.MAX_VALUE / 2.0, seconds * 1e9);
    }

    /** @return the rule, for messages: e.g. "1024 bytes/s after 5 s" */
    String describe() {
        return bytesPerSecond + " bytes/s after " + grace.toSeconds() + " s";
    }
}
