package org.aimilestones.server;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.aimilestones.load.Background;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Something computed from the whole graph (landing counts, the dataset description, a dump), computed once per data
 * version and kept: the version is the served dataset's {@link GuardedDatasetGraph#version()}, the one number that
 * changes with every committed write. The computation runs in its own thread (one at a time: one queued for a version
 * that a newer one has overtaken takes the newer one's value instead of computing), outside any request's {@link Deadline}
 * (a scan of a 10M-triple store takes longer than a request may); a request waits for it until its own deadline and
 * then gets {@link NotReadyException} (a 503 with Retry-After from {@link PageGuardFilter}), while the computation
 * goes on for the next request. Without a deadline (outside the server's guarded routes) the caller waits until it
 * is done. A failed computation is tried again at the next call. A computation may wait for the data's background work
 * first ({@link #overWholeGraph}). Thread-safe.
 *
 * @param <T> what is computed
 */
public final class PerVersion<T> {

    /** The request's deadline passed while the value for the current data version was still being computed. */
    public static final class NotReadyException extends QueryCancelledException {
        private static final long serialVersionUID = 1L;
        private final String what;

        NotReadyException(String what) {
            this.what = what;
        }

        @Override
        public String getMessage() {
            return what + " is still being computed for the current data";
        }

        /** @return what is being computed, e.g. "the landing page's counts" */
        public String what() {
            return what;
        }
    }

    /** Versions for datasets without one: a new number at every call. */
    private static final AtomicLong UNVERSIONED = new AtomicLong();

    private record Kept<T>(long version, CompletableFuture<T> value) {}

    private final String what;
    private final LongSupplier version;
    private final LongFunction<T> compute;
    private final Supplier<? extends CompletableFuture<?>> after;
    private final AtomicLong computations = new AtomicLong();
    private volatile Kept<T> kept;
    /** The value last computed, of whichever version. */
    private volatile T lastComputed;
    /** One computation at a time (however fast the data changes), in a thread that ends when idle. */
    private final ThreadPoolExecutor worker;

    /**
     * @param what    what is computed, for messages and the thread's name (e.g. "the dataset description")
     * @param version the data version now
     * @param compute computes the value for the data as it is (given the version read before it starts)
     */
    public PerVersion(String what, LongSupplier version, LongFunction<T> compute) {
        this(what, version, () -> CompletableFuture.completedFuture(null), compute);
    }

    /**
     * Like {@link #PerVersion(String, LongSupplier, LongFunction)}, each computation starting once after is done: work
     * the data does in the background (such as filling its search index), which a read of the whole graph would slow
     * down (and be slowed down by). Requests wait meanwhile as they wait for the computation.
     */
    public PerVersion(String what, LongSupplier version, Supplier<? extends CompletableFuture<?>> after,
            LongFunction<T> compute) {
        this.what = Objects.requireNonNull(what, "what");
        this.version = Objects.requireNonNull(version, "version");
        this.after = Objects.requireNonNull(after, "after");
        this.compute = Objects.requireNonNull(compute, "compute");
        this.worker = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "per-version " + what);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @return a value computed from data (the dataset now; the server's served dataset, or any other) once per data
     *         version ({@link #versionOf})
     */
    public static <T> PerVersion<T> over(String what, Supplier<DatasetGraph> data, LongFunction<T> compute) {
        return new PerVersion<>(what, () -> versionOf(data.get()).getAsLong(), compute);
    }

    /**
     * @return like {@link #over}, for a computation that reads the whole graph (a dump): it starts after the dataset's
     *         background work ({@link Background}), not beside it. Small reads (the sources, the ontology's terms)
     *         need not wait: the pages that show them would wait for the search index too.
     */
    public static <T> PerVersion<T> overWholeGraph(String what, Supplier<DatasetGraph> data, LongFunction<T> compute) {
        return new PerVersion<>(what, () -> versionOf(data.get()).getAsLong(),
                () -> Background.of(data.get().getContext()), compute);
    }

    /**
     * @return the data version of dataset: the server's served dataset has one ({@link GuardedDatasetGraph}); any other
     *         dataset (a module wired over a plain dataset, as some tests do) is taken as changed at every call, so
     *         that nothing is kept for it
     */
    public static LongSupplier versionOf(DatasetGraph dataset) {
        if (dataset instanceof GuardedDatasetGraph guarded) {
            return guarded::version;
        }
        return UNVERSIONED::incrementAndGet;
    }

    /**
     * @return the value for the data version now: kept, or computed (once, however many ask at once)
     * @throws NotReadyException if this thread's deadline passes first
     */
    public T get() {
        return await(current().value());
    }

    /**
     * @return the value for the data version now if it is computed, else empty (and its computation is started); never
     *         waits (for answers that must not wait, such as error pages)
     */
    public java.util.Optional<T> ifReady() {
        CompletableFuture<T> value = current().value();
        return value.isDone() && !value.isCompletedExceptionally() ? java.util.Optional.of(value.join())
                : java.util.Optional.empty();
    }

    /**
     * @return the value last computed, for whichever data version, if any; never waits nor starts a computation (for
     *         what may use a value that is a little out of date, such as the query planner's statistics)
     */
    public java.util.Optional<T> latest() {
        return java.util.Optional.ofNullable(lastComputed);
    }

    /** Starts computing the value for the data version now, if it is not kept or being computed; does not wait. */
    public void prepare() {
        current();
    }

    private Kept<T> current() {
        long now = version.getAsLong();
        Kept<T> k = kept;
        if (k == null || k.version() != now || k.value().isCompletedExceptionally()) {
            synchronized (this) {
                k = kept;
                if (k == null || k.version() != now || k.value().isCompletedExceptionally()) {
                    k = new Kept<>(now, start(now));
                    kept = k;
                }
            }
        }
        return k;
    }

    /** @return how many times the value was computed (once per data version asked for, plus retries) */
    public long computations() {
        return computations.get();
    }

    private CompletableFuture<T> start(long dataVersion) {
        CompletableFuture<T> value = new CompletableFuture<>();
        worker.execute(() -> {
            Kept<T> latest = kept;
            if (latest != null && latest.version() > dataVersion && latest.value() != value) {
                // superseded while queued: a computation for newer data follows in this queue; take its value
                latest.value().whenComplete((v, e) -> {
                    if (e == null) {
                        value.complete(v);
                    } else {
                        value.completeExceptionally(e);
                    }
                });
                return;
            }
            try {
                after.get().join();
            } catch (RuntimeException failed) {
                // the background work failed: what it does (such as searching) fails with it, this can still be computed
            }
            computations.incrementAndGet();
            try {
                T computed = compute.apply(dataVersion);
                lastComputed = computed;
                value.complete(computed);
            } catch (Throwable e) {
                value.completeExceptionally(e);
            }
        });
        return value;
    }

    private T await(CompletableFuture<T> value) {
        try {
            long left = Deadline.nanosLeft();
            return left == Long.MAX_VALUE ? value.get() : value.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new NotReadyException(what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReadyException(what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " could not be computed", e.getCause());
        }
    }
}
