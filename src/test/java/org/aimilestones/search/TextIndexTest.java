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
import java.util.Optional;
import java.util.stream.Collectors;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.StoredFile;
import org.aimilestones.testing.ServedGraph;
import org.apache.jena.sparql.core.DatasetGraph;
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
        Path file = dir.resolve("index.bin");
        TextIndex.write(kg.inferred(), file);
        DatasetGraph base = ServedGraph.plain();
        DatasetGraph fresh = TextIndex.wrap(base);
        DatasetGraph written = TextIndex.wrap(base, Optional.of(() -> Files.newInputStream(file)));
        DatasetGraph bundled = TextIndex.wrap(base, kg.textIndex());
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
                () -> TextIndex.wrap(ServedGraph.plain(), Optional.of(() -> Files.newInputStream(file))));
        assertTrue(e.getMessage().startsWith("cannot read the search index"), e.getMessage());
    }

    @Test
    void wrappingTwiceIndexesTheSameData() {
        DatasetGraph base = ServedGraph.plain();
        String query = "?s text:query (rdfs:label 'AlexNet' 'lang:en')";
        assertEquals(subjects(TextIndex.wrap(base), query), subjects(TextIndex.wrap(base), query));
    }
}
