package org.aimilestones.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aimilestones.testing.ServedGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
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
                .map(h -> name(h.iri())).collect(Collectors.toList());
    }

    /** @return a resource's name under the resource namespace, any other IRI as it is */
    private static String name(String iri) {
        return iri.startsWith(AIMIL.RESOURCE_NS) ? iri.substring(AIMIL.RESOURCE_NS.length()) : iri;
    }

    /** As many hits as a search can give: every resource with a matching literal. */
    private static final int ALL = 1000;

    /**
     * @return the names of the resources of the graph with a literal of one of the properties that contains text (any
     *         case): what a search for text must find, read from the graph
     */
    private static Set<String> withText(String text, String... properties) {
        String values = Arrays.stream(properties).map(p -> "<" + p + ">").collect(Collectors.joining(" "));
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query("SELECT DISTINCT ?s { VALUES ?p { "
                + values + " } ?s ?p ?o FILTER(isIRI(?s) && CONTAINS(LCASE(STR(?o)), LCASE(\"" + text + "\"))) }")
                .select().materialize().stream().map(b -> name(b.get("s").getURI())).collect(Collectors.toSet()));
    }

    private static Set<String> labelledWith(String text) {
        return withText(text, RDFS.label.getURI(), SKOS.altLabel.getURI());
    }

    private static Set<String> mentioning(String text) {
        return withText(text, RDFS.label.getURI(), SKOS.altLabel.getURI(), RDFS.comment.getURI());
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

    /**
     * Every resource whose label or description holds the words is found, those whose label holds them first: with a
     * decade of sources there are more events named after face recognition than the seed had resources mentioning it,
     * so the face companies, described as such, come after them.
     */
    @Test
    void faceRecognitionFindsTheFaceCompaniesAndModels() {
        for (String q : List.of("人脸识别", "face recognition")) {
            List<String> hits = names(q, null, ALL);
            Set<String> mentioning = mentioning(q);
            assertTrue(hits.containsAll(mentioning), q + " misses " + difference(mentioning, hits));
            for (String r : List.of("sensetime", "megvii", "yitu-technology", "deepid")) {
                assertTrue(hits.contains(r), q + " misses " + r + ": " + hits);
            }
            assertLabelledFirst(q, hits);
        }
        // a model, described as a face recognition system
        assertTrue(names("face recognition", null, ALL).contains("deepface"));
    }

    /** The resources whose label or alternative label holds q come before those that only mention it elsewhere. */
    private static void assertLabelledFirst(String q, List<String> hits) {
        Set<String> labelled = labelledWith(q);
        assertFalse(labelled.isEmpty(), q);
        assertEquals(labelled, Set.copyOf(hits.subList(0, Math.min(labelled.size(), hits.size()))),
                q + ": the resources labelled with it first: " + hits);
    }

    private static Set<String> difference(Set<String> expected, List<String> found) {
        Set<String> missing = new TreeSet<>(expected);
        found.forEach(missing::remove);
        return missing;
    }

    @Test
    void segmenterSplitNamesAreStillFoundInTheirTeams() {
        // the team is labelled with the name: among the resources labelled with it
        List<String> hits = names("吴恩达", null, labelledWith("吴恩达").size());
        assertTrue(hits.contains("andrew-ngs-team"), hits.toString());
        assertLabelledFirst("吴恩达", names("吴恩达", null, ALL));
        // the team's description names the company (…创立了商汤科技): among the resources that mention it
        Set<String> mentioning = mentioning("商汤");
        assertTrue(mentioning.contains("tang-xiaoous-team"), mentioning.toString());
        List<String> shang = names("商汤", null, mentioning.size());
        assertEquals(mentioning, Set.copyOf(shang), "商汤 finds the resources that mention it, and only them");
        assertLabelledFirst("商汤", shang);
    }

    /**
     * A resource's own label finds it first: no other resource scores higher for it (another with the same label, or
     * one that differs only in stop words such as "founder" and "founder of", ties). Every labelled resource and term of
     * the graph but the cues and slides, whose labels ("Cue 5 (00:00:05)") repeat from source to source by design.
     */
    @Test
    void everyResourceIsTheFirstHitForItsOwnLabel() {
        Search search = new Search(dataset);
        List<Triple> labels = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph()
                .find(Node.ANY, RDFS.label.asNode(), Node.ANY).filterKeep(t -> t.getSubject().isURI()
                        && !dataset.getDefaultGraph().contains(t.getSubject(), RDF.Nodes.type, AIMIL.Cue.asNode())
                        && !dataset.getDefaultGraph().contains(t.getSubject(), RDF.Nodes.type, AIMIL.Slide.asNode()))
                .toList());
        assertTrue(labels.size() > 100, "labels: " + labels.size());
        List<String> outranked = new ArrayList<>();
        for (Triple label : labels) {
            String text = label.getObject().getLiteralLexicalForm();
            List<SearchHit> hits = search.search(new SearchQuery(text, null), 10);
            String own = label.getSubject().getURI();
            boolean first = hits.stream().anyMatch(h -> h.iri().equals(own) && h.score() == hits.get(0).score());
            if (!first) {
                outranked.add(name(own) + " [" + text + "] -> " + hits.stream().limit(3)
                        .map(h -> name(h.iri()) + " " + h.score()).toList());
            }
        }
        assertEquals(List.of(), outranked, "outranked for their own labels");
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
