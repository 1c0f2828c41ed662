package org.aikg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aikg.load.GraphSource;
import org.aikg.load.KnowledgeGraph;
import org.aikg.testing.ServedGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPARQL text:query over a wrapped dataset: per-language fields, the bigram field, and the index kept in step. */
class TextIndexTest {

    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX res:  <https://w3id.org/aikg/resource/>
            """;

    private static List<String> subjects(DatasetGraph dsg, String pattern) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg)
                .query(PREFIXES + "SELECT DISTINCT ?s { " + pattern + " } ORDER BY ?s")
                .select().materialize().stream()
                .map(b -> b.get("s").getURI().replace("https://w3id.org/aikg/resource/", ""))
                .collect(Collectors.toList()));
    }

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
        String query = "?s text:query (rdfs:label '寒武纪')";
        assertEquals(List.of(), subjects(dsg, query));
        update(dsg, "INSERT DATA { res:cambricon rdfs:label '寒武纪科技'@zh }");
        assertEquals(List.of("cambricon"), subjects(dsg, query));
        update(dsg, "DELETE DATA { res:cambricon rdfs:label '寒武纪科技'@zh }");
        assertEquals(List.of(), subjects(dsg, query));
    }

    @Test
    void anIndexWrittenBeforehandAnswersLikeAFreshOne(@TempDir Path dir) throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.bundled());
        TextIndex.write(kg.inferred(), dir);
        DatasetGraph base = ServedGraph.plain();
        DatasetGraph fresh = TextIndex.wrap(base);
        DatasetGraph written = TextIndex.wrap(base, Optional.of(dir));
        DatasetGraph bundled = TextIndex.wrap(base, kg.textIndex());
        for (String query : List.of("?s text:query (rdfs:label '\"深度学习\"' 'lang:zh')",
                "?s text:query (rdfs:label '\"deep learning\"' 'lang:en')", "?s text:query (rdfs:label '商汤')",
                "?s text:query 'label:deepmind'", "?s text:query (rdfs:comment 'ImageNet')")) {
            List<String> expected = subjects(fresh, query);
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, subjects(written, query), query);
            assertEquals(expected, subjects(bundled, query), "the build's index: " + query);
        }
        assertEquals(documents(dir), documents(kg.textIndex().orElseThrow()), "documents in the build's index");
    }

    @Test
    void writingAgainReplacesTheIndex(@TempDir Path dir) throws Exception {
        Graph graph = KnowledgeGraph.load(GraphSource.bundled()).inferred();
        TextIndex.write(graph, dir);
        int once = documents(dir);
        TextIndex.write(graph, dir);
        assertEquals(once, documents(dir), "documents after writing the same graph twice into one folder");
    }

    private static int documents(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    @Test
    void wrappingTwiceIndexesTheSameData() {
        DatasetGraph base = ServedGraph.plain();
        String query = "?s text:query (rdfs:label 'AlexNet' 'lang:en')";
        assertEquals(subjects(TextIndex.wrap(base), query), subjects(TextIndex.wrap(base), query));
    }
}
