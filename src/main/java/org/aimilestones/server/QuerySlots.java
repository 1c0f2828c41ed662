package org.aimilestones.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Bounds how many queries run at once: a query waits up to a short while for a slot, else it is refused. */
final class QuerySlots {

    /** Thrown when no slot came free in time. */
    static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message, null, false, false);
        }
    }

    private final Semaphore slots;
    private final int size;
    private final Duration wait;

    /** @param size the most queries running at once; @param wait how long a query waits for a slot */
    QuerySlots(int size, Duration wait) {
        this.slots = new Semaphore(size, true);
        this.size = size;
        this.wait = wait;
    }

    /** @return how long a refused client should wait before trying again, in whole seconds (at least 1) */
    long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds());
    }

    /** Runs work in a slot; @throws BusyException if none came free within the wait */
    <T> T run(Supplier<T> work) {
        Runnable release = take();
        try {
            return work.get();
        } finally {
            release.run();
        }
    }

    /**
     * Takes a slot for work that ends later (a page, which frees it once its answer is made, before sending it).
     *
     * @return what frees the slot: the first call does, later ones do nothing
     * @throws BusyException if none came free within the wait
     */
    Runnable take() {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("Server busy: " + size + " queries are running, the most it runs at once."
                    + " Try again in " + retryAfterSeconds() + " s.");
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return () -> {
            if (held.getAndSet(false)) {
                slots.release();
            }
        };
    }

    /** @return the most queries (and pages) running at once */
    int size() {
        return size;
    }
}
