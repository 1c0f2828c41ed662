package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The author's own words live apart from the project's own data (issue 8, item 2): under data/source-text/, described
 * as a subset of the dataset with dct:rights and no licence; the project's own files (CC BY 4.0) hold none of them.
 * What counts as the author's words is {@link DeckText}'s rule.
 */
class SourceTextTest {

    static final String DATASET = "https://w3id.org/ai-milestones/dataset";
    static final Resource SOURCE_TEXT = ResourceFactory.createResource(DATASET + "/source-text");
    static final String CREDIT = "© ZOMI (GitHub chenzomi12/AIFoundation; transcripts via zoyopei/AIInfra). The author asks "
            + "that reuse name the source; no licence is granted for the source material.";

    private static final Path DATA = Path.of("data");
    private static final Path SOURCE_TEXT_DIR = DATA.resolve("source-text");
    private static final Property VOID_SUBSET = ResourceFactory.createProperty("http://rdfs.org/ns/void#subset");
    private static final Resource VOID_DATASET = ResourceFactory.createResource("http://rdfs.org/ns/void#Dataset");
    private static final Set<String> DOCUMENT_PARTS = Set.of("SlideDeck", "Section", "Slide");

    /** Each data file, parsed on its own, by its path relative to data/. */
    private static final Map<Path, Model> files = new LinkedHashMap<>();
    private static final Model union = ModelFactory.createDefaultModel();

    @BeforeAll
    static void load() throws IOException {
        try (var paths = Files.walk(DATA)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                Model m = RDFDataMgr.loadModel(p.toString());
                files.put(DATA.relativize(p), m);
                union.add(m);
            }
        }
        assertTrue(files.keySet().stream().anyMatch(SourceTextTest::isSourceText), "data/source-text/ has files");
    }

    static boolean isSourceText(Path relative) {
        return relative.startsWith("source-text");
    }

    private static boolean isDocumentPart(Resource r) {
        return union.listObjectsOfProperty(r, RDF.type).toList().stream()
                .anyMatch(t -> t.isURIResource() && t.asResource().getURI().startsWith(AIMIL.NS)
                        && DOCUMENT_PARTS.contains(t.asResource().getLocalName()));
    }

    @Test
    void quotesTitlesAndTheDecksOwnTextLiveOnlyInSourceText() {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<Path, Model> file : files.entrySet()) {
            for (Statement st : file.getValue().listStatements().toList()) {
                String p = st.getPredicate().getURI();
                boolean authors = p.equals(AIMIL.NS + "quote") || p.equals(AIMIL.NS + "searchTerm")
                        || p.equals(AIMIL.NS + "title") && isDocumentPart(st.getSubject())
                        || p.equals(AIMIL.NS + "significance") && st.getObject().isLiteral()
                                && "zh".equals(st.getLiteral().getLanguage());
                if (authors) {
                    seen++;
                    if (!isSourceText(file.getKey())) {
                        wrong.add(file.getKey() + ": " + st);
                    }
                }
            }
        }
        assertTrue(seen > 80, "the graph holds the quotes, titles, search terms and significance @zh");
        assertTrue(wrong.isEmpty(), () -> "author's words outside data/source-text/:\n" + String.join("\n", wrong));
    }

    @Test
    void sourceTextHoldsOnlyLiteralsAboutExistingSubjectsAndItsOwnDescription() {
        Model own = ModelFactory.createDefaultModel();
        files.forEach((path, m) -> {
            if (!isSourceText(path)) {
                own.add(m);
            }
        });
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Path, Model> file : files.entrySet()) {
            if (!isSourceText(file.getKey())) {
                continue;
            }
            Model m = file.getValue();
            Set<Resource> subsets = m.listSubjectsWithProperty(RDF.type, VOID_DATASET).toSet();
            assertFalse(subsets.isEmpty(), file.getKey() + " describes the part of the dataset it holds");
            for (Statement st : m.listStatements().toList()) {
                boolean description = subsets.contains(st.getSubject())
                        || st.getSubject().hasURI(DATASET) && st.getPredicate().equals(VOID_SUBSET)
                                && subsets.contains(st.getObject());
                boolean text = st.getObject().isLiteral() && !st.getSubject().getURI().startsWith(DATASET)
                        && own.contains(st.getSubject(), null, (RDFNode) null);
                if (!description && !text) {
                    wrong.add(file.getKey() + ": " + st);
                }
            }
            for (Resource subset : subsets) {
                assertTrue(subset.getURI().startsWith(DATASET + "/"), subset + " is a part of the dataset");
                assertTrue(m.contains(subset, DCTerms.isPartOf, ResourceFactory.createResource(DATASET))
                        || union.contains(ResourceFactory.createResource(DATASET), VOID_SUBSET, subset),
                        subset + " is tied to the dataset");
                assertTrue(union.contains(subset, DCTerms.rights, (RDFNode) null), subset + " has dct:rights");
                assertFalse(union.contains(subset, DCTerms.license, (RDFNode) null), subset + " claims no licence");
                assertTrue(union.contains(subset, DCTerms.source, (RDFNode) null), subset + " names its source");
                for (Property p : List.of(RDFS.label, RDFS.comment)) {
                    for (String lang : List.of("en", "zh")) {
                        assertTrue(m.listObjectsOfProperty(subset, p).toList().stream()
                                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage())),
                                subset + " has " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "not text about a subject of the project's own files, nor the subset's "
                + "description:\n" + String.join("\n", wrong));
    }

    @Test
    void theSourceTextSubsetCreditsZomiAndClaimsNoLicence() {
        Resource subset = union.getResource(SOURCE_TEXT.getURI());
        assertTrue(subset.hasProperty(RDF.type, VOID_DATASET), "dataset/source-text is a void:Dataset");
        assertTrue(subset.hasProperty(DCTerms.rights, union.createLiteral(CREDIT, "en")),
                "dct:rights carries the credit text of the plan");
        assertTrue(subset.hasProperty(DCTerms.source, union.getResource(AIMIL.RESOURCE_NS + "ai-milestones-2012-2014")),
                "dct:source is the deck");
        assertTrue(subset.hasProperty(DCTerms.creator, union.getResource(AIMIL.RESOURCE_NS + "zomi")),
                "dct:creator is ZOMI, the author of the words");
        assertFalse(subset.hasProperty(DCTerms.license), "no licence is claimed for the author's words");
        for (Map.Entry<Path, Model> file : files.entrySet()) {
            if (isSourceText(file.getKey())) {
                assertFalse(file.getValue().contains(null, DCTerms.license, (RDFNode) null),
                        file.getKey() + " states no licence");
            }
        }
    }

    @Test
    void projectFilesHoldNoneOfTheDecksWords() {
        DeckText.Fingerprints fingerprints = DeckText.Fingerprints.read(DeckText.FINGERPRINTS);
        assertTrue(fingerprints.runs().size() > 1000 && fingerprints.headings().size() > 20 && fingerprints.title() != null,
                "the fingerprints of the deck are there");
        List<String> wrong = new ArrayList<>();
        int literals = 0;
        for (Map.Entry<Path, Model> file : files.entrySet()) {
            if (isSourceText(file.getKey())) {
                continue;
            }
            for (Statement st : file.getValue().listStatements().toList()) {
                if (st.getObject().isLiteral()) {
                    literals++;
                    String why = fingerprints.authorsWords(st.getLiteral().getLexicalForm());
                    if (why != null) {
                        wrong.add(file.getKey() + ": " + st.getSubject() + " " + st.getPredicate().getLocalName() + " \""
                                + st.getLiteral().getLexicalForm() + "\" " + why);
                    }
                }
            }
        }
        assertTrue(literals > 500, "the project's files hold their literals");
        assertTrue(wrong.isEmpty(), () -> "the deck's words in the project's own files (move them, unchanged, to "
                + "data/source-text/):\n" + String.join("\n", wrong));
    }

    @Test
    void theRuleFindsTheDecksWordsAndNotTheProjects() {
        DeckText.Fingerprints fp = DeckText.Fingerprints.read(DeckText.FINGERPRINTS);
        // a sentence of the deck, with other spacing and punctuation
        assertNotNull(fp.authorsWords("AlexNet 的成功展示了 GPU 在深度学习中的巨大潜力"));
        // a run of exactly ten tokens inside the project's own framing
        assertNotNull(fp.authorsWords("幻灯片称：语音助手逐渐成为主流。"));
        // a slide title inside a label, and the deck's title as a whole
        assertNotNull(fp.authorsWords("第 13 页：AI 硬件与算法的进步"));
        assertNotNull(fp.authorsWords("2012-2014 年 AI 重大事件"));
        // nine tokens of the deck are not a run; a name the deck uses is not counted
        assertNull(fp.authorsWords("语音助手逐渐成为主"));
        assertNull(fp.authorsWords("多伦多大学团队的带头人，该团队的 AlexNet 赢得了 2012 年 ImageNet 大规模视觉识别挑战赛（ILSVRC）。"));
        // citing the deck's title as the name of the work, and English text
        assertNull(fp.authorsWords("幻灯片《2012-2014 年 AI 重大事件》的作者"));
        assertNull(fp.authorsWords("AlexNet's success showed the great potential of GPUs in deep learning."));
        assertEquals(List.of("alexnet", "在", "imagenet", "竞", "赛", "2012", "84"), DeckText.tokens("AlexNet在ImageNet竞赛，2012（84%）"));
    }

    /**
     * The fingerprints file is made from the deck: run with {@code -Daimil.deckText=<the extracted deck text>} to check
     * it against the deck (skipped otherwise, as the deck text is not in the repository).
     */
    @Test
    void fingerprintsAreTheDecks() throws IOException {
        String deck = System.getProperty("aimil.deckText");
        Assumptions.assumeTrue(deck != null && Files.isRegularFile(Path.of(deck)), "no -Daimil.deckText given");
        List<String> titles = new ArrayList<>();
        Resource deckResource = union.getResource(AIMIL.RESOURCE_NS + "ai-milestones-2012-2014");
        titles.add(zh(deckResource));
        union.listSubjectsWithProperty(AIMIL.title).toList().stream().filter(SourceTextTest::isDocumentPart)
                .filter(r -> !r.equals(deckResource)).map(SourceTextTest::zh).sorted().forEach(titles::add);
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        DeckText.write(Path.of(deck), titles, new PrintStream(made, true, StandardCharsets.UTF_8));
        assertEquals(Files.readString(DeckText.FINGERPRINTS, StandardCharsets.UTF_8),
                made.toString(StandardCharsets.UTF_8), "the fingerprints file is made from this deck text");
    }

    private static String zh(Resource r) {
        return r.listProperties(AIMIL.title).toList().stream().map(Statement::getObject)
                .filter(o -> o.isLiteral() && "zh".equals(((Literal) o).getLanguage()))
                .map(o -> ((Literal) o).getLexicalForm()).collect(Collectors.joining());
    }
}
