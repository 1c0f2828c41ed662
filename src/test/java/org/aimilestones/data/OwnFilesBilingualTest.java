package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own files (data/*.ttl outside data/source-text/, CC BY 4.0) name and describe every resource they
 * describe in English and in Chinese by themselves: an @en and a @zh rdfs:label and rdfs:comment, so the licensed
 * part of the graph is bilingual without the author's words kept apart in data/source-text/.
 * data/wikidata-links.ttl (and links.ttl) only link resources described elsewhere and data/dataset.ttl describes the
 * dataset, its subsets and distributions (its dump files carry only dct:title and no rdfs:label), so they are left out
 * as files of descriptions; their subjects that other files describe are still checked.
 */
class OwnFilesBilingualTest {

    private static final Path DATA = Path.of("data");
    /** Files that only link or only describe the dataset are not where resources are described. */
    private static final Set<String> LINK_FILES = Set.of("wikidata-links.ttl", "links.ttl", "dataset.ttl");
    private static final Model own = ModelFactory.createDefaultModel();
    private static final Model described = ModelFactory.createDefaultModel();

    @BeforeAll
    static void load() throws IOException {
        try (var paths = Files.list(DATA)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                Model m = RDFDataMgr.loadModel(p.toString());
                own.add(m);
                if (!LINK_FILES.contains(p.getFileName().toString())) {
                    described.add(m);
                }
            }
        }
    }

    private static boolean has(Resource r, Property p, String lang) {
        return own.listObjectsOfProperty(r, p).toList().stream()
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage())
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    @Test
    void everyResourceTheOwnFilesDescribeHasEnglishAndChineseLabelAndComment() {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Resource r : described.listSubjects().toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            seen++;
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "zh")) {
                    if (!has(r, p, lang)) {
                        missing.add(r.getURI() + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertTrue(seen > 100, "the own files describe the graph's resources (" + seen + ")");
        assertTrue(missing.isEmpty(), () -> missing.size() + " missing in the project's own files:\n"
                + String.join("\n", missing));
    }
}
