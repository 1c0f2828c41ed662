package org.aimilestones.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.aimilestones.testing.ServedGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Chinese and English searches over the real graph find the resources a person would expect, first. */
class SearchTest {

    private static DatasetGraph dataset;

    @BeforeAll
    static void index() {
        dataset = ServedGraph.indexed();
    }

    private static List<String> names(String q, String lang, int limit) {
        return new Search(dataset).search(new SearchQuery(q, lang), limit).stream()
                .map(h -> h.iri().substring(AIMIL.RESOURCE_NS.length()))
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "深度学习, deep-learning",
        "人脸识别, face-recognition",
        "商汤, sensetime",
        "旷视, megvii",
        "吴恩达, andrew-ng",
        "DeepMind, deepmind",
        "face recognition, face-recognition",
        "deep learning, deep-learning",
        "Andrew Ng, andrew-ng",
    })
    void findsFirst(String q, String expected) {
        List<String> top = names(q, null, 3);
        assertTrue(top.contains(expected), q + " gave " + top);
    }

    @Test
    void faceRecognitionFindsTheFaceCompaniesAndModels() {
        for (String q : List.of("人脸识别", "face recognition")) {
            List<String> hits = names(q, null, 20);
            for (String r : List.of("sensetime", "megvii", "yitu-technology", "deepid")) {
                assertTrue(hits.contains(r), q + " misses " + r + ": " + hits);
            }
        }
        // DeepFace's Chinese description says 面部识别, its English one "face recognition"
        assertTrue(names("face recognition", null, 20).contains("deepface"));
    }

    @Test
    void segmenterSplitNamesAreStillFoundInTheirTeams() {
        List<String> hits = names("吴恩达", null, 10);
        assertTrue(hits.contains("andrew-ngs-team"), hits.toString());
        assertTrue(names("商汤", null, 10).contains("tang-xiaoous-team"));
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertEquals(List.of(), names("香蕉", null, 10));
        assertEquals(List.of(), names("banana", null, 10));
    }

    @Test
    void langRestrictsTheMatchedLiterals() {
        assertTrue(names("深度学习", "zh", 3).contains("deep-learning"));
        assertEquals(List.of(), names("深度学习", "en", 10));
    }

    @Test
    void hitsCarryLabelsTypeAndSnippet() {
        SearchHit hit = new Search(dataset).search(new SearchQuery("商汤", null), 1).get(0);
        assertEquals("SenseTime", hit.labelEn());
        assertEquals("商汤科技", hit.labelZh());
        assertEquals(AIMIL.Company.getURI(), hit.type());
        assertEquals("/page/sensetime", hit.page());
        // the descriptions do not name 商汤, so the snippet is the start of a Chinese description: the project's own
        // (data/2012-2014-agents.ttl) or the deck's (data/source-text/)
        assertTrue(hit.snippet().startsWith("由汤晓鸥教授") || hit.snippet().startsWith("2014 年成立"), hit.snippet());
        SearchHit topic = new Search(dataset).search(new SearchQuery("face recognition", "en"), 1).get(0);
        assertTrue(topic.snippet().startsWith("Recognising people's faces"), topic.snippet());
    }

    @Test
    void refusesADatasetWithoutTextIndex() {
        assertThrows(IllegalArgumentException.class, () -> new Search(DatasetGraphFactory.createTxnMem()));
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery(" ", null));
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("x", "fr"));
    }
}
