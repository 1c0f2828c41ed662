package org.aimilestones.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongToDoubleFunction;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Prints a progress line every {@code every} triples while triples stream past: how many so far, the average rate in
 * triples per second and, when the fraction done is known, the percentage and the estimated time left.
 */
public final class ProgressMonitor {

    private final PrintWriter out;
    private final String verb;
    private final long every;
    private final LongToDoubleFunction fractionDone;
    private long startNanos;
    private long triples;

    /**
     * @param out          where the lines go
     * @param verb         what is done to the triples, e.g. "loaded", "generated"
     * @param every        print a line after every this many triples
     * @param fractionDone given the triples so far, how much of the whole is done, from 0 to 1, or NaN when the
     *                     total is not known
     */
    public ProgressMonitor(PrintWriter out, String verb, long every, LongToDoubleFunction fractionDone) {
        if (every <= 0) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        this.out = out;
        this.verb = verb;
        this.every = every;
        this.fractionDone = fractionDone;
    }

    /** A monitor of a stream whose total number of triples is known. */
    public static ProgressMonitor ofTotal(PrintWriter out, String verb, long every, long total) {
        return new ProgressMonitor(out, verb, every, triples -> (double) triples / total);
    }

    /** @return stream, counting each triple and quad that passes through it with {@link #tick()} */
    public StreamRDF ticking(StreamRDF stream) {
        return new StreamRDFWrapper(stream) {
            @Override
            public void triple(Triple triple) {
                super.triple(triple);
                tick();
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                tick();
            }
        };
    }

    /** Starts the clock. */
    public void start() {
        startNanos = System.nanoTime();
        triples = 0;
    }

    /** Counts one triple, printing a progress line when a multiple of {@code every} is reached. */
    public void tick() {
        triples++;
        if (triples % every == 0) {
            out.println(progressLine());
            out.flush();
        }
    }

    /** Prints and returns the closing line: the total, the time taken and the average rate. */
    public String finish() {
        String line = String.format(Locale.ROOT, "%s %,d triples in %s (%,d triples/s)", verb, triples,
                seconds(elapsedNanos()), rate());
        out.println(line);
        out.flush();
        return line;
    }

    /** @return the triples counted since {@link #start()} */
    public long triples() {
        return triples;
    }

    private String progressLine() {
        String line = String.format(Locale.ROOT, "%s %,d triples, %,d triples/s", verb, triples, rate());
        double done = fractionDone.applyAsDouble(triples);
        if (Double.isNaN(done) || done <= 0) {
            return line;
        }
        double fraction = Math.min(1.0, done);
        long left = (long) (elapsedNanos() * (1 - fraction) / fraction);
        return line + String.format(Locale.ROOT, ", %.0f%% done, ETA %s", 100 * fraction, seconds(left));
    }

    private long rate() {
        long nanos = Math.max(1, elapsedNanos());
        return (long) (triples * 1e9 / nanos);
    }

    private long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    private static String seconds(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        if (d.toMinutes() > 0) {
            return String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
    }
}
