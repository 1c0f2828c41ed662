package org.aimilestones.server;

import java.time.Duration;

/**
 * The slowest a request body may arrive: after a grace period from the end of the headers, at least
 * {@code bytesPerSecond} for every second since the grace period ended (a body may come in bursts, but may not
 * trickle). One byte every 4 s against 100,000 announced fails this within seconds; an idle timeout never would.
 */
record BodyRate(long bytesPerSecond, Duration grace) {

    /** The server's rate: 1 KB/s after 5 s. */
    static final BodyRate DEFAULT = new BodyRate(1024, Duration.ofSeconds(5));

    BodyRate {
        if (bytesPerSecond < 1) {
            throw new IllegalArgumentException("body rate " + bytesPerSecond + " bytes/s is not positive");
        }
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("body rate grace period " + grace + " is not a duration >= 0");
        }
    }

    /** @return whether received bytes, elapsedNanos after the headers, are too few */
    boolean tooSlow(long received, long elapsedNanos) {
        return elapsedNanos > dueNanos(received);
    }

    /** @return how long after the headers received bytes stop being enough */
    long dueNanos(long received) {
        double seconds = (double) received / bytesPerSecond;
        return grace.toNanos() + (long) Math.min(Long.MAX_VALUE / 2.0, seconds * 1e9);
    }

    /** @return the rule, for messages: e.g. "1024 bytes/s after 5 s" */
    String describe() {
        return bytesPerSecond + " bytes/s after " + grace.toSeconds() + " s";
    }
}
