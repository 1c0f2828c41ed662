package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/**
 * The files that state the dataset's terms agree with each other and with the code: data/dataset.ttl (the version,
 * a distribution for every dump served), CITATION.cff (version, date, the project as author, ZOMI's deck as the
 * source), LICENSE (Apache-2.0 in full); and the Java of the description holds no title, credit or licence.
 */
class DatasetFilesTest {

    static final Node DATASET = NodeFactory.createURI(DatasetDescription.IRI);

    static Graph datasetTtl() {
        return RDFDataMgr.loadGraph("data/dataset.ttl");
    }

    static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void datasetTtlHasTheReleaseAndADistributionForEveryDump() {
        Graph g = datasetTtl();
        assertEquals(org.aimilestones.vocab.Release.VERSION, literal(g, DATASET, NodeFactory.createURI(DatasetDescription.DCAT + "version")));
        for (DumpFiles.File file : DumpFiles.files()) {
            Node distribution = NodeFactory.createURI(DatasetDescription.distribution(file));
            assertTrue(g.contains(NodeFactory.createURI(DatasetDescription.holder(file)),
                    NodeFactory.createURI(DatasetDescription.DCAT + "distribution"), distribution), file.path());
        }
    }

    @Test
    void citationCffCitesTheProjectAndItsSource() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("CITATION.cff"), StandardCharsets.UTF_8);
        Graph g = datasetTtl();
        assertTrue(lines.contains("cff-version: 1.2.0"));
        assertTrue(lines.contains("version: " + org.aimilestones.vocab.Release.VERSION), "the dataset's version");
        Node release = NodeFactory.createURI(DATASET.getURI() + "#release-" + org.aimilestones.vocab.Release.VERSION);
        assertTrue(lines.contains("date-released: \"" + literal(g, release, DCTerms.issued.asNode()) + "\""),
                "the date this version was released");
        assertTrue(lines.contains("license: CC-BY-4.0"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("Apache-2.0 AND CC-BY-4.0")), "both licences named");
        int authors = lines.indexOf("authors:");
        assertEquals("  - name: AI Milestones project", lines.get(authors + 1), "the project as the author");
        assertFalse(lines.get(authors + 2).startsWith("  - "), "and no one else");
        assertTrue(lines.stream().noneMatch(l -> l.contains("given-names") || l.contains("family-names")),
                "no invented people");
        int references = lines.indexOf("references:");
        assertTrue(references > 0);
        assertTrue(lines.subList(references, lines.size())
                .contains("    repository: \"https://github.com/chenzomi12/AIFoundation\""), "the deck's repository");
    }

    @Test
    void licenseIsTheFullApacheLicence() throws IOException {
        String text = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Apache License") && text.contains("Version 2.0, January 2004"));
        for (String part : List.of("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "1. Definitions.",
                "9. Accepting Warranty or Additional Liability.", "END OF TERMS AND CONDITIONS",
                "APPENDIX: How to apply the Apache License to your work.")) {
            assertTrue(text.contains(part), part);
        }
    }

    @Test
    void noTitleCreditOrLicenceIsWrittenInTheDescriptionsJava() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/aimilestones/server"))) {
            for (Path file : files.toList()) {
                String java = Files.readString(file, StandardCharsets.UTF_8);
                for (String text : List.of("ZOMI", "chenzomi12", "2012-2014 年", "creativecommons.org",
                        "AI milestones 2012", "CC BY")) {
                    if (java.contains(text)) {
                        found.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "hard-coded: " + found);
    }
}
