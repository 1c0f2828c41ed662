package org.aikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.aikg.load.GraphSource;
import org.aikg.load.KnowledgeGraph;
import org.aikg.load.LoadException;
import org.aikg.vocab.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store of the asserted triples, built once and reused. A fingerprint of the ontology and data files is kept
 * next to it: read-only, a changed fingerprint rebuilds the store; with updates on, the store is the source of truth
 * and is kept, with a note that the files changed.
 */
final class Tdb2Store {

    static final String FINGERPRINT_FILE = "aikg-fingerprint.txt";

    private Tdb2Store() {}

    /** Opens (building or rebuilding as needed) the store in dir for the files of src. */
    static ServedData open(Path dir, GraphSource src, boolean updatable, ServedLayer layer, Context context)
            throws IOException, LoadException {
        Files.createDirectories(dir);
        Path stamp = dir.resolve(FINGERPRINT_FILE);
        String fingerprint = fingerprint(src);
        String stored = Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).strip() : null;
        List<String> notes = new ArrayList<>();
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            if (stored == null || !stored.equals(fingerprint) && !updatable) {
                load(store, src);
                Files.writeString(stamp, fingerprint + "\n", StandardCharsets.UTF_8);
                notes.add(stored == null ? "built the TDB2 store in " + dir + " from the data files"
                        : "the data files changed: rebuilt the TDB2 store in " + dir);
            } else if (!stored.equals(fingerprint)) {
                notes.add("the data files changed since the TDB2 store in " + dir + " was built; keeping the store,"
                        + " which is the source of truth while updates are on");
            }
            return ServedData.overStore(store, layer, context, notes, () -> TDBInternal.expel(store));
        } catch (IOException | LoadException | RuntimeException e) {
            TDBInternal.expel(store);
            throw e;
        }
    }

    private static void load(DatasetGraph store, GraphSource src) throws LoadException {
        KnowledgeGraph kg = KnowledgeGraph.load(src);
        Txn.executeWrite(store, () -> {
            store.clear();
            store.prefixes().putAll(Prefixes.prefixMap());
            kg.asserted().find().forEachRemaining(store.getDefaultGraph()::add);
        });
    }

    /** @return SHA-256 of the ontology and data file contents, in file order, each preceded by its length */
    static String fingerprint(GraphSource src) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = new ArrayList<>();
            files.add(src.ontologyFile());
            files.addAll(src.dataFiles());
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                digest.update((bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
