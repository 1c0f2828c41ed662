package org.aimilestones.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimilestones.load.Background;
import org.aimilestones.load.IndexHome;
import org.aimilestones.load.ProgressMonitor;
import org.aimilestones.load.StoredFile;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Version;

/**
 * The full-text index of the ai-milestones labels and descriptions (rdfs:label, skos:altLabel, rdfs:comment), on
 * Lucene: in memory, built from the data whenever a dataset is wrapped, or copied from an index written beforehand (the
 * bundled graph's, made at build time, which saves the Chinese dictionaries' loading and the analysis at start); or on
 * disk in a TDB2 store's folder, reused at the next start while it matches the store ({@link StoredIndex}).
 * SPARQL reaches it through the property function {@code text:query} ({@link TextQueryPF}), which takes the forms
 * jena-text gave it, so queries written for jena-text run unchanged.
 *
 * <p>Each literal is indexed three ways: in the plain field ({@value #LABEL}, {@value #ALT_LABEL}, {@value #COMMENT})
 * with CJK bigrams (so a name such as 商汤 or 吴恩达 is found however a segmenter would cut it), and in a field per
 * language: {@code label_zh} segmented into words by Lucene's SmartChineseAnalyzer and {@code label_en} stemmed by the
 * EnglishAnalyzer ({@link TextAnalyzers}).
 */
public final class TextIndex {

    /** Lucene field of rdfs:label, the primary field. */
    public static final String LABEL = "label";
    /** Lucene field of skos:altLabel. */
    public static final String ALT_LABEL = "altLabel";
    /** Lucene field of rdfs:comment. */
    public static final String COMMENT = "comment";
    /** The language-tagged fields hold the language tag after this separator, e.g. "label_zh". */
    public static final String LANG_SEPARATOR = "_";
    /** The IRI of the property function text:query, jena-text's. */
    public static final String QUERY = "http://jena.apache.org/text#query";
    /** Where a wrapped dataset's context holds its index. */
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/ai-milestones/ontology#textIndex");
    private static final String FORMAT = "ai-milestones text index 2";
    /** A rebuild of an index kept beside a store prints a progress line every this many indexed literals. */
    static final long PROGRESS_EVERY = 100_000;
    private static final List<Node> PROPERTIES = List.of(RDFS.Nodes.label, SKOS.altLabel.asNode(), RDFS.Nodes.comment);

    static {
        JenaSystem.init();
        PropertyFunctionRegistry.get().put(QUERY, uri -> new TextQueryPF());
    }

    private TextIndex() {}

    /** @return the indexed fields, primary first */
    public static List<String> fields() {
        return List.of(LABEL, ALT_LABEL, COMMENT);
    }

    /** @return whether dataset was made by {@link #wrap}, so that text:query and {@link Search} work on it */
    public static boolean isIndexed(DatasetGraph dataset) {
        return dataset.getContext() != null && dataset.getContext().get(SYMBOL) instanceof LuceneIndex;
    }

    /**
     * Wraps base in a text-indexed dataset: a fresh in-memory index is filled from base's current data (every graph),
     * and kept in step with later additions and deletions made through the returned dataset.
     *
     * @return the text-indexed dataset, on which SPARQL {@code text:query} works
     */
    public static DatasetGraph wrap(DatasetGraph base) {
        return wrap(base, IndexHome.IN_MEMORY);
    }

    /**
     * Like {@link #wrap(DatasetGraph)}, with the index from home: made in memory; copied from the file that {@link
     * #write} made from the same triples as base holds, and not filled again; or kept in the store's folder, reused if
     * it matches the store and made again from base otherwise ({@link StoredIndex}). The index is opened in a thread of
     * its own: this returns at once, and searches and changes wait until it is ready.
     *
     * @throws UncheckedIOException if a prebuilt file cannot be read or is not such an index
     */
    public static DatasetGraph wrap(DatasetGraph base, IndexHome home) {
        LuceneIndex index = switch (home) {
            case IndexHome.InMemory inMemory -> new LuceneIndex(ByteBuffersDirectory::new, filler -> fill(filler, base,
                    null));
            case IndexHome.Prebuilt prebuilt -> {
                DataInputStream files = opened(prebuilt.file()); // its header checked now, its files read with the index
                yield new LuceneIndex(() -> read(files), filler -> {});
            }
            case IndexHome.BesideStore beside -> {
                StoredIndex stored = new StoredIndex(beside, fileHeader());
                yield new LuceneIndex(stored::open, filler -> {
                    if (stored.rebuilding()) {
                        fill(filler, base, stored.progress());
                    }
                }, stored);
            }
        };
        Context context = base.getContext() == null ? new Context() : base.getContext().copy();
        context.set(SYMBOL, index);
        Background.publish(context, index.opened());
        return new IndexedDatasetGraph(base, index, context);
    }

    /**
     * Writes the index of graph's labels and descriptions into one file, for {@link #wrap(DatasetGraph, Optional)}:
     * a header, the number of Lucene files, then each one's name, length and bytes.
     */
    public static void write(Graph graph, Path file) throws IOException {
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory());
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (Node property : PROPERTIES) {
                graph.find(Node.ANY, property, Node.ANY)
                        .forEachRemaining(t -> index.add(Quad.create(Quad.defaultGraphIRI, t)));
            }
            index.seal();
            Directory directory = index.directory();
            String[] names = directory.listAll();
            out.writeUTF(fileHeader());
            out.writeInt(names.length);
            for (String name : names) {
                try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                    byte[] bytes = new byte[Math.toIntExact(in.length())];
                    in.readBytes(bytes, 0, bytes.length);
                    out.writeUTF(name);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        }
    }

    /** @return the Lucene files that {@link #write} put into file, in memory */
    static Directory read(StoredFile file) {
        return read(opened(file));
    }

    /**
     * @return file, open, after its header
     * @throws UncheckedIOException if it cannot be read or its header is not that of {@link #write}'s files
     */
    private static DataInputStream opened(StoredFile file) {
        DataInputStream in = null;
        try {
            in = new DataInputStream(new BufferedInputStream(file.open()));
            String header = in.readUTF();
            if (!header.equals(fileHeader())) {
                throw new IOException("\"" + header + "\" is not \"" + fileHeader() + "\"");
            }
            return in;
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** @return the Lucene files of in (after its header), in memory; closes in */
    private static Directory read(DataInputStream in) {
        Directory directory = new ByteBuffersDirectory();
        try (in) {
            for (int files = in.readInt(); files > 0; files--) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0) {
                    throw new IOException("negative length " + length + " of " + name);
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
                    out.writeBytes(bytes, bytes.length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
        return directory;
    }

    private static void closeQuietly(DataInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the error that made us close it is the one to report
            }
        }
    }

    /**
     * @return the first bytes of a file that {@link #write} made: the format and Lucene's version (not its codec's name:
     *         Lucene's codecs start with the JVM's management beans, which a start need not wait for)
     */
    private static String fileHeader() {
        return FORMAT + ", Lucene " + Version.LATEST;
    }

    /** Adds base's labels and descriptions to index; with progress lines there if progress is not null. */
    private static void fill(LuceneIndex.Filler index, DatasetGraph base, PrintWriter progress) {
        Runnable load = () -> {
            ProgressMonitor monitor = progress == null ? null
                    : new ProgressMonitor(progress, "search index: indexed", PROGRESS_EVERY, triples -> Double.NaN);
            if (monitor != null) {
                progress.println("search index: making it from the store's labels and descriptions");
                progress.flush();
                monitor.start();
            }
            for (Node property : PROPERTIES) {
                base.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(quad -> {
                    index.add(quad);
                    if (monitor != null) {
                        monitor.tick();
                    }
                });
            }
            if (monitor != null) {
                monitor.finish();
            }
        };
        if (base.supportsTransactions()) {
            Txn.executeRead(base, load);
        } else {
            load.run();
        }
    }
}
