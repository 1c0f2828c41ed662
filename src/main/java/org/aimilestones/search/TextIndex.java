package org.aimilestones.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.aimilestones.load.StoredFile;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The jena-text Lucene index of the ai-milestones labels and descriptions (rdfs:label, skos:altLabel, rdfs:comment), in memory:
 * built from the data whenever a dataset is wrapped, or copied from an index written beforehand (the bundled graph's,
 * made at build time, which saves the Chinese dictionaries' loading and the analysis at start).
 *
 * <p>Each literal is indexed three ways: in the plain field ({@value #LABEL}, {@value #ALT_LABEL}, {@value #COMMENT})
 * with CJK bigrams (so a name such as 商汤 or 吴恩达 is found however a segmenter would cut it), and, with
 * jena-text's multilingual support, in a field per language: {@code label_zh} segmented into words by Lucene's
 * SmartChineseAnalyzer and {@code label_en} stemmed by the EnglishAnalyzer.
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

    private static final String URI_FIELD = "uri";
    private static final String UID_FIELD = "uid";

    static {
        // what a text:defineAnalyzers / text:addLang "zh" assembler entry does: @zh literals get word segmentation
        Util.addAnalyzer("zh", new SmartChineseAnalyzer());
    }

    private TextIndex() {}

    /** @return the indexed fields, primary first */
    public static List<String> fields() {
        return List.of(LABEL, ALT_LABEL, COMMENT);
    }

    /**
     * Wraps base in a text dataset: a fresh in-memory index is filled from base's current data (every graph), and
     * jena-text keeps it in step with later additions and deletions made through the returned dataset.
     *
     * @return the text-enabled dataset, on which SPARQL {@code text:query} works
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
        TextIndexLucene index;
        if (prebuilt.isPresent()) {
            index = new TextIndexLucene(read(prebuilt.get()), config());
        } else {
            index = new TextIndexLucene(new ByteBuffersDirectory(), config());
            fill(index, base);
        }
        return TextDatasetFactory.create(base, index, true);
    }

    /**
     * Writes the index of graph's labels and descriptions into one file, for {@link #wrap(DatasetGraph, Optional)}:
     * a header, the number of Lucene files, then each one's name, length and bytes.
     */
    public static void write(Graph graph, Path file) throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            TextIndexLucene index = new TextIndexLucene(directory, config());
            fill(index, DatasetGraphFactory.wrap(graph));
            index.close();
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
        Directory directory = new ByteBuffersDirectory();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(file.open()))) {
            String header = in.readUTF();
            if (!header.equals(fileHeader())) {
                throw new IOException("\"" + header + "\" is not \"" + fileHeader() + "\"");
            }
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

    private static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setMultilingualSupport(true);
        config.setAnalyzer(new CJKAnalyzer());
        return config;
    }

    /** @return the first bytes of a file that {@link #write} made: the format and Lucene's codec */
    private static String fileHeader() {
        return "ai-milestones text index, " + Codec.getDefault().getName();
    }

    private static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(URI_FIELD, LABEL, RDFS.label.asNode());
        def.set(ALT_LABEL, SKOS.altLabel.asNode());
        def.set(COMMENT, RDFS.comment.asNode());
        def.setUidField(UID_FIELD);
        return def;
    }

    private static void fill(TextIndexLucene index, DatasetGraph base) {
        EntityDefinition entities = index.getDocDef();
        Runnable load = () -> {
            for (String field : fields()) {
                Node property = entities.getPredicates(field).iterator().next();
                Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, property, Node.ANY);
                quads.forEachRemaining(q -> add(index, entities, q));
            }
        };
        if (base.supportsTransactions()) {
            Txn.executeRead(base, load);
        } else {
            load.run();
        }
        index.commit();
    }

    private static void add(TextIndexLucene index, EntityDefinition entities, Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(entities, quad);
        if (entity != null) {
            index.addEntity(entity);
        }
    }
}
