package org.aimilestones.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of {@link TextIndex}: one document per indexed triple (a label, alternative label or description
 * of a subject), with the subject, the text in its plain field and, for a language-tagged literal, again in the field
 * of its language, the language tag, and a hash of the quad that identifies the document for deletion.
 *
 * <p>Changes go to an {@link IndexWriter}, opened on the first change; searches see the last commit. {@link
 * IndexedDatasetGraph} commits and rolls back along with the dataset's write transactions (one writer at a time, as
 * the dataset allows).
 */
final class LuceneIndex implements Closeable {

    /** The field of the subject: its IRI, or _:label for a blank node. */
    static final String SUBJECT = "uri";
    /** The field of the language tag, lower case, of a language-tagged literal. */
    static final String LANG = "lang";
    private static final String UID = "uid";
    private static final String DATATYPE = "datatype";
    private static final Map<Node, String> FIELDS = Map.of(RDFS.label.asNode(), TextIndex.LABEL,
            SKOS.altLabel.asNode(), TextIndex.ALT_LABEL, RDFS.comment.asNode(), TextIndex.COMMENT);
    /** With no limit given, at most this many hits (as jena-text). */
    static final int MAX_HITS = 10_000;
    /**
     * Lucene warns at start, on stderr, that it finds no Vector API (an incubator module, needed only for vector
     * search, which this index does not do): kept quiet (held here: the JDK keeps a logger's level only while the
     * logger is referenced).
     */
    private static final Logger VECTORIZATION = quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private volatile Directory directory;
    private final TextAnalyzers analyzers = new TextAnalyzers(Set.of(SUBJECT, LANG, UID));
    /** Opened (and filled) in the background; every use waits for it. */
    private final CompletableFuture<SearcherManager> opening;
    private volatile IndexWriter writer;
    private final Durability durability;
    /** Whether the first phase of a commit was made and its second is due. */
    private volatile boolean prepared;

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Opens the index in directory, or makes an empty one there if it holds none, at once. */
    LuceneIndex(Directory directory) {
        this.directory = directory;
        this.durability = Durability.NONE;
        this.opening = CompletableFuture.completedFuture(open(index -> {}));
    }

    /**
     * Opens the index in directory (an empty one if it holds none) and adds what fill adds, in a thread of its own,
     * and returns at once: a start need not wait for what only a search or a change needs (Lucene's codecs, the
     * index's files, the indexing of the data). Every use of the index waits until it is open and filled.
     *
     * @param directory gives the directory, the index's files in it if it was made beforehand
     * @param fill      adds the initial content with {@link Filler#add} (nothing for an index made beforehand)
     */
    LuceneIndex(Supplier<Directory> directory, Consumer<Filler> fill) {
        this(directory, fill, Durability.NONE);
    }

    /**
     * Like {@link #LuceneIndex(Supplier, Consumer)}, for an index kept on disk beside a store: durability is told before
     * and after each commit, and gives the data each commit records.
     */
    LuceneIndex(Supplier<Directory> directory, Consumer<Filler> fill, Durability durability) {
        this.durability = durability;
        this.opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                this.directory = directory.get();
                opening.complete(open(fill));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "ai-milestones-text-index");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * What an index kept beside a store does around its commits, so that a later start can tell whether the index on
     * disk matches the store ({@link StoredIndex}).
     */
    interface Durability {
        /** An index that is not kept: nothing to do. */
        Durability NONE = new Durability() {
            @Override
            public void writing() {}

            @Override
            public Map<String, String> committed() {
                return Map.of();
            }

            @Override
            public void settled() {}
        };

        /** Before a commit's first phase: from now on the index may disagree with the store. */
        void writing();

        /** @return after the store committed, what to record with the index's commit */
        Map<String, String> committed();

        /** After the index committed that record: the index and the store agree again. */
        void settled();
    }

    /** What a fill may do to the index while it is being opened. */
    @FunctionalInterface
    interface Filler {
        /** Indexes quad, if it is one the index keeps. */
        void add(Quad quad);
    }

    private SearcherManager open(Consumer<Filler> fill) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                writer().commit();
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            fill.accept(this::addNow);
            IndexWriter w = writer;
            if (w != null) {
                commit(w);
                searchers.maybeRefreshBlocking();
            }
            return searchers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
        }
    }

    /** @return done when the index is open and filled (exceptionally if that failed) */
    CompletableFuture<?> opened() {
        return opening;
    }

    /** @return the index's searchers, once it is open and filled */
    private SearcherManager searchers() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    Directory directory() {
        searchers();
        return directory;
    }

    /** @return the field of an indexed property, if it is one */
    static Optional<String> field(Node property) {
        return Optional.ofNullable(FIELDS.get(property));
    }

    /** @return whether the index keeps quad: an indexed property with a literal, of an IRI or blank node */
    static boolean indexes(Quad quad) {
        Node s = quad.getSubject();
        return FIELDS.containsKey(quad.getPredicate()) && quad.getObject().isLiteral() && (s.isURI() || s.isBlank());
    }

    /** Indexes quad (again: a quad already in the index is replaced), if it is one the index keeps. */
    void add(Quad quad) {
        searchers();
        addNow(quad);
    }

    private void addNow(Quad quad) {
        if (indexes(quad)) {
            try {
                writer().updateDocument(new Term(UID, uid(quad)), document(quad));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Removes quad from the index. */
    void delete(Quad quad) {
        searchers();
        if (indexes(quad)) {
            try {
                writer().deleteDocuments(new Term(UID, uid(quad)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Removes everything. */
    void deleteAll() {
        searchers();
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first phase of a commit of the changes since the last one; the second is {@link #commit}. */
    void prepareCommit() {
        searchers();
        IndexWriter w = writer;
        if (w != null && w.hasUncommittedChanges()) {
            try {
                durability.writing();
                w.prepareCommit();
                prepared = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Commits the changes since the last commit; searches see them from now on. */
    void commit() {
        SearcherManager searchers = searchers();
        IndexWriter w = writer;
        if (w != null) {
            try {
                commit(w);
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Commits w (the second phase, if the first was made) and, for a kept index, records what durability gives. */
    private void commit(IndexWriter w) throws IOException {
        boolean changed = prepared || w.hasUncommittedChanges();
        if (changed && !prepared && durability != Durability.NONE) {
            durability.writing();
        }
        w.commit();
        prepared = false;
        if (changed && durability != Durability.NONE) {
            w.setLiveCommitData(durability.committed().entrySet(), true);
            w.commit();
            durability.settled();
        }
    }

    /** Drops the changes since the last commit. */
    void rollback() {
        searchers();
        rollbackNow();
    }

    private synchronized void rollbackNow() {
        IndexWriter w = writer;
        writer = null;
        prepared = false;
        if (w != null) {
            try {
                w.rollback();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Merges the index into one segment, commits it and closes the writer, leaving in the directory only the files of
     * the index: the smallest and fastest form of an index made once, to be copied.
     */
    synchronized void seal() {
        searchers();
        try {
            IndexWriter w = writer();
            w.forceMerge(1);
            w.commit();
            w.close();
            writer = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param query   a query in Lucene's classic syntax over the fields of {@link TextIndex}; a term without a field
     *                is looked for in {@value TextIndex#LABEL}
     * @param subject only hits of this subject (IRI, or _:label of a blank node), or null for any
     * @param limit   at most this many hits, best first
     * @throws TextQueryException if query is not in that syntax, or has too many terms
     */
    List<TextHit> search(String query, String subject, int limit) {
        Query parsed = parse(query);
        if (subject != null) {
            parsed = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SUBJECT, subject)), BooleanClause.Occur.FILTER).build();
        }
        SearcherManager searchers = searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] docs = searcher.search(parsed, limit > 0 ? limit : MAX_HITS).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<TextHit> hits = new ArrayList<>(docs.length);
                for (ScoreDoc doc : docs) {
                    hits.add(hit(stored.document(doc.doc), doc.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new TextQueryException("the search text has too many words (at most "
                    + IndexSearcher.getMaxClauseCount() + " terms)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String query) {
        QueryParser parser = new QueryParser(TextIndex.LABEL, analyzers);
        parser.setAllowLeadingWildcard(true);
        try {
            return parser.parse(query);
        } catch (ParseException | IllegalArgumentException e) {
            throw new TextQueryException("the search text is not a valid Lucene query (check its quotes, brackets"
                    + " and operators such as AND, OR, NOT)");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new TextQueryException("the search text has too many words (at most "
                    + IndexSearcher.getMaxClauseCount() + " terms)");
        }
    }

    private static TextHit hit(Document doc, float score) {
        String key = doc.get(SUBJECT);
        Node subject = key.startsWith("_:") ? NodeFactory.createBlankNode(key.substring(2)) : NodeFactory.createURI(key);
        for (Map.Entry<Node, String> field : FIELDS.entrySet()) {
            String value = doc.get(field.getValue());
            if (value != null) {
                return new TextHit(subject, score, literal(value, doc.get(LANG), doc.get(DATATYPE)), field.getKey());
            }
        }
        return new TextHit(subject, score, null, null);
    }

    private static Node literal(String value, String lang, String datatype) {
        if (lang != null) {
            return NodeFactory.createLiteralLang(value, lang);
        }
        if (datatype != null) {
            return NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(datatype));
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Document document(Quad quad) {
        String field = FIELDS.get(quad.getPredicate());
        Node o = quad.getObject();
        String value = o.getLiteralLexicalForm();
        Document doc = new Document();
        doc.add(new StringField(SUBJECT, subjectKey(quad.getSubject()), Field.Store.YES));
        doc.add(new StringField(UID, uid(quad), Field.Store.NO));
        doc.add(new TextField(field, value, Field.Store.YES));
        String lang = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
        if (!lang.isEmpty()) {
            doc.add(new StringField(LANG, lang, Field.Store.YES));
            doc.add(new TextField(field + TextIndex.LANG_SEPARATOR + lang, value, Field.Store.NO));
        } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
            doc.add(new StoredField(DATATYPE, o.getLiteralDatatypeURI()));
        }
        return doc;
    }

    /** @return how the index names subject: its IRI, or _:label for a blank node */
    static String subjectKey(Node subject) {
        return subject.isBlank() ? "_:" + subject.getBlankNodeLabel() : subject.getURI();
    }

    /** @return a hash of quad, the same for the same quad in any dataset */
    private static String uid(Quad quad) {
        String graph = Quad.isDefaultGraph(quad.getGraph()) ? "" : NodeFmtLib.strNT(quad.getGraph());
        String text = graph + " " + NodeFmtLib.strNT(quad.getSubject()) + " " + NodeFmtLib.strNT(quad.getPredicate())
                + " " + NodeFmtLib.strNT(quad.getObject());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private IndexWriter writer() throws IOException {
        IndexWriter w = writer;
        if (w == null) {
            synchronized (this) {
                w = writer;
                if (w == null) {
                    w = new IndexWriter(directory, new IndexWriterConfig(analyzers)
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
                    writer = w;
                }
            }
        }
        return w;
    }

    @Override
    public void close() {
        SearcherManager searchers;
        try {
            searchers = searchers();
        } catch (RuntimeException neverOpened) {
            return; // nothing was opened; the error was reported to whoever used the index
        }
        try {
            searchers.close();
            rollbackNow();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
