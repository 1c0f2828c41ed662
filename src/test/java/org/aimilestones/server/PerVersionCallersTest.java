package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The one cache of whole-graph figures: once per data version, however many ask at once; again after a change. */
@Isolated // times deadlines: nothing else may run beside it
class PerVersionCallersTest {

    @Test
    void manyCallersAtOnceGetOneComputationAndTheSameValue() throws Exception {
        AtomicLong version = new AtomicLong(7);
        CountDownLatch release = new CountDownLatch(1);
        PerVersion<Object> kept = new PerVersion<>("a test figure", version::get, v -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> callers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                callers.add(pool.submit(kept::get));
            }
            Thread.sleep(200);
            release.countDown();
            Object first = callers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Object> caller : callers) {
                assertEquals(first, caller.get(10, TimeUnit.SECONDS), "the same value for everyone");
            }
            assertEquals(first, kept.get());
        }
        assertEquals(1, kept.computations());
    }

    @Test
    void aNewVersionIsComputedAgainAndAFailureIsTriedAgain() {
        AtomicLong version = new AtomicLong();
        AtomicBoolean fail = new AtomicBoolean(true);
        PerVersion<Long> kept = new PerVersion<>("a test figure", version::get, v -> {
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("the first try fails");
            }
            return v * 10;
        });
        assertThrows(IllegalStateException.class, kept::get);
        assertEquals(0L, kept.get(), "tried again after the failure");
        assertEquals(0L, kept.get());
        assertEquals(2, kept.computations());
        version.incrementAndGet();
        assertEquals(10L, kept.get(), "the value for the new version");
        assertEquals(10L, kept.get());
        assertEquals(3, kept.computations());
    }

    @Test
    void aCallerPastItsDeadlineIsToldNotReadyAndTheComputationGoesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PerVersion<String> kept = new PerVersion<>("a slow figure", () -> 1, v -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        });
        long start = System.nanoTime();
        PerVersion.NotReadyException e = assertThrows(PerVersion.NotReadyException.class,
                () -> Deadline.within(Duration.ofMillis(100), kept::get));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "told at the deadline, not later");
        assertEquals("a slow figure is still being computed for the current data", e.getMessage());
        release.countDown();
        assertEquals("done", kept.get());
        assertEquals(1, kept.computations(), "the computation went on and was kept");
    }
}
