package org.aimilestones.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.IndexHome;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.StoredFile;
import org.aimilestones.testing.ServedGraph;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPARQL text:query over a wrapped dataset: per-language fields, the bigram field, and the index kept in step. */
class TextIndexTest {

    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX res:  <https://w3id.org/ai-milestones/resource/>
            """;

    private static List<String> subjects(DatasetGraph dsg, String pattern) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg)
                .query(PREFIXES + "SELECT DISTINCT ?s { " + pattern + " } ORDER BY ?s")
                .select().materialize().stream()
                .map(b -> b.get("s").getURI().replace("https://w3id.org/ai-milestones/resource/", ""))
                .collect(Collectors.toList()));
    }

    /**
     * A label no source gives (a made-up word, 索引探针 "index probe"), added and taken away by the tests on a resource
     * of their own: a real name such as 寒武纪 (Cambricon) joins the graph with a later source.
     */
    private static final String PROBE = "INSERT DATA { res:index-probe rdfs:label '索引探针'@zh }";
    private static final String PROBE_QUERY = "?s text:query (rdfs:label '索引探针')";

    private static void update(DatasetGraph dsg, String update) {
        Txn.executeWrite(dsg, () -> UpdateExec.dataset(dsg).update(PREFIXES + update).execute());
    }

    @Test
    void textQueryInSparql() {
        DatasetGraph dsg = ServedGraph.indexed();
        List<String> zh = subjects(dsg, "?s text:query (rdfs:label '\"深度学习\"' 'lang:zh')");
        assertTrue(zh.containsAll(List.of("deep-learning", "baidu-institute-of-deep-learning")), zh.toString());
        assertFalse(zh.contains("machine-learning"), zh.toString());
        List<String> en = subjects(dsg, "?s text:query (rdfs:label '\"deep learning\"' 'lang:en')");
        assertTrue(en.containsAll(List.of("deep-learning", "rise-of-deep-learning")), en.toString());
        assertFalse(en.contains("machine-learning"), en.toString());
        List<String> name = subjects(dsg, "?s text:query (rdfs:label '商汤')");
        assertTrue(name.contains("sensetime") && !name.contains("megvii"), name.toString());
        List<String> raw = subjects(dsg, "?s text:query 'label:deepmind'");
        assertTrue(raw.contains("deepmind") && !raw.contains("sensetime"), raw.toString());
    }

    @Test
    void indexFollowsUpdates() {
        DatasetGraph dsg = ServedGraph.indexed();
        assertEquals(List.of(), subjects(dsg, PROBE_QUERY));
        update(dsg, PROBE);
        assertEquals(List.of("index-probe"), subjects(dsg, PROBE_QUERY));
        update(dsg, PROBE.replace("INSERT", "DELETE"));
        assertEquals(List.of(), subjects(dsg, PROBE_QUERY));
    }

    @Test
    void anIndexWrittenBeforehandAnswersLikeAFreshOne(@TempDir Path dir) throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.bundled());
        Path file = dir.resolve("index.bin");
        TextIndex.write(kg.inferred(), file);
        DatasetGraph base = ServedGraph.plain();
        DatasetGraph fresh = TextIndex.wrap(base);
        DatasetGraph written = TextIndex.wrap(base, new IndexHome.Prebuilt(() -> Files.newInputStream(file)));
        DatasetGraph bundled = TextIndex.wrap(base, new IndexHome.Prebuilt(kg.textIndex().orElseThrow()));
        for (String query : List.of("?s text:query (rdfs:label '\"深度学习\"' 'lang:zh')",
                "?s text:query (rdfs:label '\"deep learning\"' 'lang:en')", "?s text:query (rdfs:label '商汤')",
                "?s text:query 'label:deepmind'", "?s text:query (rdfs:comment 'ImageNet')")) {
            List<String> expected = subjects(fresh, query);
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, subjects(written, query), query);
            assertEquals(expected, subjects(bundled, query), "the build's index: " + query);
        }
        assertEquals(documents(() -> Files.newInputStream(file)), documents(kg.textIndex().orElseThrow()),
                "documents in the build's index");
    }

    private static int documents(StoredFile file) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(TextIndex.read(file))) {
            return reader.numDocs();
        }
    }

    @Test
    void aFileThatIsNotAnIndexIsReportedAsSuch(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("index.bin"), "not an index");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> TextIndex.wrap(ServedGraph.plain(), new IndexHome.Prebuilt(() -> Files.newInputStream(file))));
        assertTrue(e.getMessage().startsWith("cannot read the search index"), e.getMessage());
    }

    @Test
    void theFormsOfJenaTextQueryBindScoreLiteralAndProperty() {
        DatasetGraph dsg = ServedGraph.indexed();
        List<Binding> rows = rows(dsg, "SELECT ?s ?score ?lit ?g ?p { (?s ?score ?lit ?g ?p) text:query"
                + " (rdfs:label 'SenseTime' 'lang:en') }");
        assertFalse(rows.isEmpty());
        Binding top = rows.get(0);
        assertEquals("https://w3id.org/ai-milestones/resource/sensetime", top.get("s").getURI());
        assertTrue(top.get("score").getLiteralValue() instanceof Float, top.toString());
        assertEquals("en", top.get("lit").getLiteralLanguage());
        assertTrue(top.get("lit").getLiteralLexicalForm().contains("SenseTime"), top.toString());
        assertEquals("http://www.w3.org/2000/01/rdf-schema#label", top.get("p").getURI());
        assertFalse(top.contains("g"), "the graph of a hit is not indexed");
        // best first
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(score(rows.get(i - 1)) >= score(rows.get(i)), rows.toString());
        }
        // a limit
        assertEquals(1, rows(dsg, "SELECT ?s { ?s text:query (rdfs:comment 'deep' 1) }").size());
        // a language tag on the search text: only literals in that language
        assertEquals(List.of(), subjects(dsg, "?s text:query '深度学习'@en"));
        assertTrue(subjects(dsg, "?s text:query '\"深度学习\"'@zh").contains("deep-learning"));
        // a bound subject: whether it matches
        assertEquals(List.of("sensetime"), subjects(dsg, "BIND(res:sensetime AS ?s) ?s text:query 'label:商汤'"));
        assertEquals(List.of(), subjects(dsg, "BIND(res:megvii AS ?s) ?s text:query 'label:商汤'"));
        // a property that is not indexed matches nothing
        assertEquals(List.of(), subjects(dsg, "?s text:query (res:sensetime 'SenseTime')"));
        // so does a dataset without an index
        assertEquals(List.of(), subjects(ServedGraph.plain(), "?s text:query 'SenseTime'"));
    }

    private static float score(Binding row) {
        return ((Number) row.get("score").getLiteralValue()).floatValue();
    }

    private static List<Binding> rows(DatasetGraph dsg, String select) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(PREFIXES + select).select().materialize()
                .stream().toList());
    }

    @Test
    void aSearchTextThatIsNotALuceneQueryIsTheServersOwnMessage() {
        DatasetGraph dsg = ServedGraph.indexed();
        TextQueryException e = assertThrows(TextQueryException.class,
                () -> subjects(dsg, "?s text:query 'label:(unclosed'"));
        assertTrue(e.getMessage().startsWith("the search text is not a valid Lucene query"), e.getMessage());
        assertFalse(e.getMessage().contains("Encountered"), "no parser text: " + e.getMessage());
    }

    @Test
    void anAbortedWriteLeavesTheIndexAsItWas() {
        DatasetGraph dsg = ServedGraph.indexed();
        assertEquals(List.of(), subjects(dsg, PROBE_QUERY));
        dsg.begin(TxnType.WRITE);
        UpdateExec.dataset(dsg).update(PREFIXES + PROBE).execute();
        dsg.abort();
        dsg.end();
        assertEquals(List.of(), subjects(dsg, PROBE_QUERY));
        // a write that ends without commit is aborted too (and the dataset says so)
        dsg.begin(TxnType.WRITE);
        UpdateExec.dataset(dsg).update(PREFIXES + PROBE).execute();
        assertThrows(JenaTransactionException.class, dsg::end);
        assertEquals(List.of(), subjects(dsg, PROBE_QUERY));
        // and the next write still commits
        update(dsg, PROBE);
        assertEquals(List.of("index-probe"), subjects(dsg, PROBE_QUERY));
    }

    @Test
    void deletingALabelTakesItOutOfTheIndex() {
        DatasetGraph dsg = TextIndex.wrap(ServedGraph.plain());
        // deleting a label that is not there leaves the index as it was
        update(dsg, "DELETE DATA { res:sensetime rdfs:label 'no such label'@en }");
        assertTrue(subjects(dsg, "?s text:query (rdfs:label 'SenseTime')").contains("sensetime"));
        update(dsg, "DELETE WHERE { res:sensetime rdfs:label ?l }");
        assertFalse(subjects(dsg, "?s text:query (rdfs:label 'SenseTime')").contains("sensetime"));
    }

    @Test
    void wrappingTwiceIndexesTheSameData() {
        DatasetGraph base = ServedGraph.plain();
        String query = "?s text:query (rdfs:label 'AlexNet' 'lang:en')";
        assertEquals(subjects(TextIndex.wrap(base), query), subjects(TextIndex.wrap(base), query));
    }
}
