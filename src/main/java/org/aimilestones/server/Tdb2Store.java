package org.aimilestones.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.IndexHome;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.aimilestones.load.ProgressMonitor;
import org.aimilestones.load.TdbBulkLoad;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store of the asserted triples, built once and reused. A fingerprint of the ontology and data files is kept
 * next to it: read-only, a changed fingerprint rebuilds the store; with updates on, the store is the source of truth
 * and is kept, with a note that the files changed. The files are streamed into the store in one write transaction
 * (a syntax error leaves it as it was), with progress lines. A store made by {@code ai-milestones load} (it holds
 * {@link TdbBulkLoad#LOADED_MARKER}) is served as loaded: the files are not read and it is never rebuilt. A store
 * built before the project was renamed is refused ({@link TdbBulkLoad#refuseFormerStore}). The search index is kept
 * in the store's folder too ({@link IndexHome.BesideStore}) and reused while it matches the store.
 */
final class Tdb2Store {

    static final String FINGERPRINT_FILE = TdbBulkLoad.MARKER_PREFIX + "fingerprint.txt";
    /** A progress line is printed every this many triples while the store is built. */
    static final long PROGRESS_EVERY = 100_000;
    /**
     * At close, reads still running (a page's figures computed in the background, a query on its way out) are given
     * this long to end before the store is closed under them.
     */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private Tdb2Store() {}

    /** Opens (building or rebuilding as needed) the store in dir for the files of src, building with progress lines. */
    static ServedData open(Path dir, GraphSource src, boolean updatable, ServedLayer layer, Context context,
            PrintWriter progress) throws IOException, LoadException {
        TdbBulkLoad.refuseFormerStore(dir);
        Files.createDirectories(dir);
        Path stamp = dir.resolve(FINGERPRINT_FILE);
        Path loaded = dir.resolve(TdbBulkLoad.LOADED_MARKER);
        String fingerprint = Files.exists(loaded) ? null : src.fingerprint();
        String stored = Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).strip() : null;
        List<String> notes = new ArrayList<>();
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            if (fingerprint == null) {
                notes.add("serving the TDB2 store in " + dir + " as loaded by ai-milestones load (" + lastLine(loaded)
                        + "); the ontology and data files are not read and the store is never rebuilt");
            } else if (stored == null || !stored.equals(fingerprint) && !updatable) {
                load(store, src, progress);
                Files.writeString(stamp, fingerprint + "\n", StandardCharsets.UTF_8);
                notes.add(stored == null ? "built the TDB2 store in " + dir + " from the data files"
                        : "the data files changed: rebuilt the TDB2 store in " + dir);
            } else if (!stored.equals(fingerprint)) {
                notes.add("the data files changed since the TDB2 store in " + dir + " was built; keeping the store,"
                        + " which is the source of truth while updates are on");
            }
            return ServedData.overStore(store, new IndexHome.BesideStore(dir, progress), layer, context, notes,
                    () -> release(store, CLOSE_WAIT));
        } catch (IOException | LoadException | RuntimeException e) {
            TDBInternal.expel(store);
            throw e;
        }
    }

    /**
     * Closes the store, so that it can be opened again, once the transactions still on it end: TDB2 refuses to close a
     * store in use; after wait it is closed all the same (a read still running then fails, in its own thread).
     */
    static void release(DatasetGraph store, Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                TDBInternal.expel(store);
                return;
            } catch (TransactionException inUse) {
                if (System.nanoTime() - until >= 0) {
                    TDBInternal.expel(store, true);
                    return;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    TDBInternal.expel(store, true);
                    return;
                }
            }
        }
    }

    /** Replaces the store's triples with the files' in one write transaction, aborted by a syntax error. */
    private static void load(DatasetGraph store, GraphSource src, PrintWriter progress) throws LoadException {
        ProgressMonitor monitor = new ProgressMonitor(progress, "loaded", PROGRESS_EVERY, triples -> Double.NaN);
        store.begin(TxnType.WRITE);
        try {
            store.clear();
            store.prefixes().putAll(Prefixes.prefixMap());
            monitor.start();
            KnowledgeGraph.stream(src, monitor.ticking(StreamRDFLib.graph(store.getDefaultGraph())));
            store.commit();
            monitor.finish();
        } finally {
            store.end();
        }
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "no load recorded" : lines.get(lines.size() - 1).strip();
    }
}
