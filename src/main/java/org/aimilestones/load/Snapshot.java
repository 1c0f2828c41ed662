package org.aimilestones.load;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The bundled graph prepared at build time (folder "ai-milestones/snapshot/" next to the bundled data, read through the
 * class loader): the ontology, the data and the RDFS closure ({@link TermTableFile}), plus the search index, under the
 * fingerprint of the Turtle files they were made from. The jar's own bundled copy, and any other source whose files
 * have that fingerprint, load from it instead of parsing and reasoning again; any other source (an edited copy) is
 * parsed.
 */
public final class Snapshot {

    /** The snapshot's folder on the class path, next to ontology/ and data/ of the bundled copy. */
    private static final String RESOURCES = "/ai-milestones/snapshot/";
    private static final String TEXT_INDEX = "text-index.bin";
    private static final String FINGERPRINT = "fingerprint.txt";
    private static final String ONTOLOGY = "ontology.graph";
    private static final String DATA = "data.graph";
    private static final String INFERRED = "inferred.graph";
    /** The dumps of the graph as /dumps/ serves them, each gzip-compressed: {@value}FILE.gz. */
    private static final String DUMPS = "dumps/";

    /** The bundled graph's served triples being read ahead ({@link #readAhead}), for the next read of them to take. */
    private static final AtomicReference<CompletableFuture<Graph>> AHEAD = new AtomicReference<>();

    private Snapshot() {}

    /**
     * Starts reading the bundled graph's served triples (the RDFS closure) in a thread of its own, and returns at once;
     * the next read of them takes the graph, waiting for it if it is not read yet. The file's bytes are read from the
     * jar at once, and made into a graph once jenaStarted returns (serve gives a wait for the thread that starts Jena;
     * {@code JenaSystem::init} will do elsewhere). serve calls it first thing, when it will serve the bundled graph as
     * it is, and builds the server meanwhile. Does nothing without a snapshot; after a failure, the next read reads
     * again, and reports it.
     */
    public static void readAhead(Runnable jenaStarted) {
        if (Snapshot.class.getResource(RESOURCES + INFERRED) == null) {
            return;
        }
        AHEAD.set(reading(() -> bytes(INFERRED), jenaStarted,
                bytes -> TermTableFile.read(bytes, RESOURCES + INFERRED)));
    }

    /** Makes a graph of a file's bytes. */
    interface Decoder {
        Graph graph(byte[] bytes) throws IOException;
    }

    /**
     * Reads a graph in a thread of its own: the file's bytes at once and, once jenaStarted returns, the graph decode
     * makes of them.
     *
     * @return the graph once read, or null if reading or decoding failed (even with an Error)
     */
    static CompletableFuture<Graph> reading(Callable<byte[]> file, Runnable jenaStarted, Decoder decode) {
        CompletableFuture<Graph> ahead = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            Graph graph = null;
            try {
                byte[] bytes = file.call(); // no Jena class is needed for this
                jenaStarted.run();
                graph = decode.graph(bytes);
            } catch (Exception e) {
                // the read when the graph is needed fails the same way, and reports it
            } finally {
                ahead.complete(graph); // null (read again) after a failure, even an Error
            }
        }, "ai-milestones-read-ahead");
        reader.setDaemon(true);
        reader.start();
        return ahead;
    }

    /**
     * @return the bundled snapshot, if it was made from exactly the files of src: the bundled copy in the jar, packed
     *         by the same build, or files whose fingerprint is the snapshot's (their total size is compared first, so
     *         that other files are not read for nothing)
     */
    static Optional<Snapshot> matching(GraphSource src) {
        try (InputStream in = Snapshot.class.getResourceAsStream(RESOURCES + FINGERPRINT)) {
            if (in == null) {
                return Optional.empty();
            }
            if (src.isPackedBundle()) {
                return Optional.of(new Snapshot());
            }
            String stored = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            boolean same = stored.startsWith(src.totalSize() + " ") && stored.equals(src.fingerprint());
            return same ? Optional.of(new Snapshot()) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** @return the graph as it was when the snapshot was made; each file is read when its part is first asked for */
    KnowledgeGraph graph() {
        return KnowledgeGraph.of(() -> read(ONTOLOGY), () -> read(DATA), Snapshot::inferred, () -> open(TEXT_INDEX),
                Snapshot::storedDump);
    }

    /**
     * Writes the snapshot of kg, which was parsed from src, into dir (made if missing); the search index file is
     * left for the caller to write.
     *
     * @return the file for the search index
     * @throws IllegalArgumentException if the graph holds IRIs of local files (relative IRIs resolved against the
     *                                  files' places), which would not be the same once the files move
     */
    public static Path write(GraphSource src, KnowledgeGraph kg, Path dir) throws IOException {
        requireNoFileIris(kg.asserted());
        Files.createDirectories(dir);
        write(kg.ontology(), dir.resolve(ONTOLOGY));
        write(kg.data(), dir.resolve(DATA));
        write(kg.inferred(), dir.resolve(INFERRED));
        Files.writeString(dir.resolve(FINGERPRINT), src.fingerprint() + "\n", StandardCharsets.US_ASCII);
        return dir.resolve(TEXT_INDEX);
    }

    /** @return the file in the snapshot folder dir where the build writes the gzip of the dump named file */
    public static Path dumpFile(Path dir, String file) {
        return dir.resolve(DUMPS + file + ".gz");
    }

    private static Optional<StoredFile> storedDump(String file) {
        String name = DUMPS + file + ".gz";
        return Snapshot.class.getResource(RESOURCES + name) == null ? Optional.empty()
                : Optional.of(() -> open(name));
    }

    private static void requireNoFileIris(Graph graph) {
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith("file:")) {
                    throw new IllegalArgumentException("the graph holds a file IRI, from a relative IRI: " + n);
                }
            }
        });
    }

    private static void write(Graph graph, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            TermTableFile.write(graph, out);
        }
    }

    /**
     * @return the served triples: those read ahead, if no one took them yet (waiting for the read to end), else read
     *         now
     */
    private static Graph inferred() {
        CompletableFuture<Graph> ahead = AHEAD.getAndSet(null);
        Graph read = ahead != null ? ahead.join() : null;
        return read != null ? read : read(INFERRED);
    }

    private static Graph read(String name) {
        try {
            return TermTableFile.read(bytes(name), RESOURCES + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot file " + RESOURCES + name, e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Snapshot.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new FileNotFoundException("the snapshot has no file " + RESOURCES + name);
        }
        return in;
    }
}
