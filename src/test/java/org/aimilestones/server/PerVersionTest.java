package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Computed once per data version, one computation at a time, a waiting request bounded by its deadline. */
@Isolated // times computations: nothing else may run beside it
class PerVersionTest {

    @Test
    void oncePerVersionAndAgainWhenTheVersionChanges() {
        AtomicLong version = new AtomicLong();
        PerVersion<String> value = new PerVersion<>("a test value", version::get, v -> "v" + v);
        assertEquals("v0", value.get());
        assertEquals("v0", value.get());
        assertEquals(1, value.computations());
        version.incrementAndGet();
        assertEquals("v1", value.get());
        assertEquals("v1", value.get());
        assertEquals(2, value.computations());
    }

    @Test
    void theLatestValueIsKeptWhileTheNextIsComputedAndNothingIsStartedForIt() throws Exception {
        AtomicLong version = new AtomicLong();
        CountDownLatch release = new CountDownLatch(1);
        PerVersion<String> value = new PerVersion<>("a test value", version::get, v -> {
            if (v > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "v" + v;
        });
        assertTrue(value.latest().isEmpty());
        assertEquals(0, value.computations(), "latest() starts no computation");
        assertEquals("v0", value.get());
        version.incrementAndGet();
        value.prepare();
        assertEquals("v0", value.latest().orElseThrow(), "the older value while the new one is computed");
        release.countDown();
        assertEquals("v1", value.get());
        assertEquals("v1", value.latest().orElseThrow());
    }

    @Test
    void versionsOvertakenWhileWaitingAreNotComputed() throws Exception {
        AtomicLong version = new AtomicLong(1);
        CountDownLatch release = new CountDownLatch(1);
        PerVersion<String> value = new PerVersion<>("a slow value", version::get, v -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "v" + v;
        });
        CompletableFuture<String> first = CompletableFuture.supplyAsync(value::get);
        Thread.sleep(200);
        version.set(2);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(value::get);
        Thread.sleep(200);
        version.set(3);
        CompletableFuture<String> third = CompletableFuture.supplyAsync(value::get);
        Thread.sleep(200);
        release.countDown();
        assertEquals("v1", first.get(10, TimeUnit.SECONDS));
        assertEquals("v3", second.get(10, TimeUnit.SECONDS), "overtaken by version 3 while queued");
        assertEquals("v3", third.get(10, TimeUnit.SECONDS));
        assertEquals(2, value.computations(), "versions 1 and 3 only, one after the other");
    }

    @Test
    void aRequestWaitsUntilItsDeadlineThenTheComputationGoesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PerVersion<String> value = new PerVersion<>("a slow value", () -> 7, v -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        });
        long start = System.nanoTime();
        PerVersion.NotReadyException e = assertThrows(PerVersion.NotReadyException.class,
                () -> Deadline.within(Duration.ofMillis(300), value::get));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waited >= 250 && waited < 5000, "waited " + waited + " ms");
        assertEquals("a slow value is still being computed for the current data", e.getMessage());
        release.countDown();
        assertEquals("done", Deadline.within(Duration.ofSeconds(10), value::get));
        assertEquals(1, value.computations(), "the same computation went on");
    }

    @Test
    void aComputationStartsOnlyAfterTheDataBackgroundWork() throws Exception {
        CompletableFuture<Void> indexing = new CompletableFuture<>();
        PerVersion<String> value = new PerVersion<>("a figure", () -> 1, () -> indexing, v -> "counted");
        assertThrows(PerVersion.NotReadyException.class, () -> Deadline.within(Duration.ofMillis(300), value::get));
        assertEquals(0, value.computations(), "nothing computed while the background work goes on");
        indexing.complete(null);
        assertEquals("counted", Deadline.within(Duration.ofSeconds(10), value::get));
        assertEquals(1, value.computations());
    }

    @Test
    void aFailedBackgroundWorkDoesNotStopTheComputation() {
        PerVersion<String> value = new PerVersion<>("a figure", () -> 1,
                () -> CompletableFuture.failedFuture(new IllegalStateException("no index")), v -> "counted");
        assertEquals("counted", Deadline.within(Duration.ofSeconds(10), value::get));
    }
}
