package org.aimilestones.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * Lucene, in memory: built from the data whenever a dataset is wrapped, or copied from an index written beforehand (the
 * bundled graph's, made at build time, which saves the Chinese dictionaries' loading and the analysis at start).
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
        return wrap(base, Optional.empty());
    }

    /**
     * Like {@link #wrap(DatasetGraph)}, but if prebuilt is given, the index starts as a copy of the index that
     * {@link #write} made there from the same triples as base holds, and is not filled again.
     *
     * @throws UncheckedIOException if prebuilt cannot be read or is not such an index
     */
    public static DatasetGraph wrap(DatasetGraph base, Optional<StoredFile> prebuilt) {
        LuceneIndex index;
        if (prebuilt.isPresent()) {
            DataInputStream files = opened(prebuilt.get()); // its header checked now, its files read with the index
            index = new LuceneIndex(() -> read(files), filler -> {});
        } else {
            index = new LuceneIndex(ByteBuffersDirectory::new, filler -> fill(filler, base));
        }
        Context context = base.getContext() == null ? new Context() : base.getContext().copy();
        context.set(SYMBOL, index);
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

    private static void fill(LuceneIndex.Filler index, DatasetGraph base) {
        Runnable load = () -> {
            for (Node property : PROPERTIES) {
                base.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(index::add);
            }
        };
        if (base.supportsTransactions()) {
            Txn.executeRead(base, load);
        } else {
            load.run();
        }
    }
}
