package org.aimilestones.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology metadata that LOV and FOOPS! look for, as a checklist (neither service can be reached from here): the
 * ontology header, and for every term its defining ontology, status, labels and comments, domain and range (or a
 * comment saying why open), and inverses that fit their pairs.
 */
class OntologyMetadataTest {

    private static final Path ONTOLOGY = Path.of("ontology", "ai-milestones.ttl");
    private static final String N = "https://w3id.org/ai-milestones/";
    private static final String VS = "http://www.w3.org/2003/06/sw-vocab-status/ns#";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final Set<String> STATUSES = Set.of("stable", "testing", "unstable", "archaic");
    private static final List<Resource> TERM_TYPES =
            List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual);

    /**
     * English labels whose words differ from those of the IRI's local name, and why. Everything else must say what
     * its IRI says (camel case split, articles ignored).
     */
    private static final Map<String, String> LABELS_UNLIKE_IRI = Map.of(
            "alumniOf", "\"alumnus of\": the singular of the Latin plural the IRI shares with schema:alumniOf",
            "unitText", "\"unit\": the IRI follows schema:unitText, whose \"Text\" names the kind of value");

    private static Model model;
    private static Resource onto;

    @BeforeAll
    static void read() {
        model = RDFDataMgr.loadModel(ONTOLOGY.toString());
        onto = model.getResource(AIMIL.ONTOLOGY.getURI());
    }

    private static Property vs(String local) {
        return model.createProperty(VS, local);
    }

    private static Set<Resource> terms() {
        Set<Resource> terms = new java.util.LinkedHashSet<>();
        for (Resource type : TERM_TYPES) {
            model.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(AIMIL.NS)).forEachRemaining(terms::add);
        }
        return terms;
    }

    private static List<Literal> literals(Resource s, Property p, String lang) {
        return model.listObjectsOfProperty(s, p).filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral)
                .filterKeep(l -> lang.equals(l.getLanguage())).toList();
    }

    // ---- the ontology header

    @Test
    void headerHasTitleAndDescriptionInEnglishAndChinese() {
        for (Property p : List.of(DCTerms.title, DCTerms.description, RDFS.label, RDFS.comment)) {
            for (String lang : List.of("en", "zh")) {
                assertEquals(1, literals(onto, p, lang).size(), p.getLocalName() + "@" + lang);
            }
        }
    }

    @Test
    void creatorPublisherAndContributorAreResourcesNotStrings() {
        Resource project = model.getResource(AIMIL.RESOURCE_NS + "ai-milestones-project");
        for (Property p : List.of(DCTerms.creator, DCTerms.publisher, DCTerms.contributor)) {
            List<RDFNode> values = model.listObjectsOfProperty(onto, p).toList();
            assertTrue(!values.isEmpty(), "dct:" + p.getLocalName());
            values.forEach(v -> assertTrue(v.isURIResource(), "dct:" + p.getLocalName() + " is a resource: " + v));
        }
        assertTrue(onto.hasProperty(DCTerms.creator, project), "the project organization is the creator");
        assertTrue(onto.hasProperty(DCTerms.publisher, project), "the project organization is the publisher");
    }

    @Test
    void headerHasCreatedModifiedAndIssuedDates() {
        for (Property p : List.of(DCTerms.created, DCTerms.modified, DCTerms.issued)) {
            List<RDFNode> values = model.listObjectsOfProperty(onto, p).toList();
            assertEquals(1, values.size(), "one dct:" + p.getLocalName());
            assertEquals(XSDDatatype.XSDdate.getURI(), values.get(0).asLiteral().getDatatypeURI(),
                    "dct:" + p.getLocalName() + " is an xsd:date");
        }
    }

    @Test
    void headerHasTheCcBy4Licence() {
        assertEquals(List.of(model.getResource("https://creativecommons.org/licenses/by/4.0/")),
                model.listObjectsOfProperty(onto, DCTerms.license).toList());
    }

    @Test
    void headerHasThePreferredPrefixAndNamespace() {
        assertEquals("aimil", onto.getProperty(model.createProperty(VANN, "preferredNamespacePrefix")).getString());
        assertEquals(AIMIL.NS, onto.getProperty(model.createProperty(VANN, "preferredNamespaceUri")).getString());
    }

    @Test
    void versionIriAndVersionInfoAgreeAndThePriorVersionIsThereFromTheSecondReleaseOn() {
        String version = onto.getProperty(OWL2.versionInfo).getString();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "semantic version: " + version);
        assertEquals(N + "ontology/" + version, onto.getPropertyResourceValue(OWL2.versionIRI).getURI(),
                "the versionIRI is N ontology/{version}, which the 303 scheme resolves");
        List<RDFNode> prior = model.listObjectsOfProperty(onto, OWL2.priorVersion).toList();
        int[] v = Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
        boolean first = v[0] == 0 && v[1] == 2 && v[2] == 0;
        assertTrue(v[0] > 0 || v[1] >= 2, "0.2.0 is the first release under this namespace: " + version);
        if (first) {
            assertEquals(List.of(), prior, "0.2.0 is the first release under this namespace: no owl:priorVersion");
        } else {
            assertEquals(1, prior.size(), "every release after 0.2.0 names its owl:priorVersion");
            assertTrue(prior.get(0).asResource().getURI().startsWith(N + "ontology/"), "prior version IRI");
        }
    }

    @Test
    void headerHasACitationNamingTheProjectVersionIriAndSource() {
        String citation = onto.getProperty(DCTerms.bibliographicCitation).getString();
        String version = onto.getProperty(OWL2.versionInfo).getString();
        for (String part : List.of("AI Milestones", version, onto.getPropertyResourceValue(OWL2.versionIRI).getURI(),
                "CC BY 4.0", "ZOMI", "chenzomi12/AIFoundation")) {
            assertTrue(citation.contains(part), "the citation names " + part + ": " + citation);
        }
    }

    // ---- every term

    @Test
    void everyTermIsDefinedByTheOntologyAndHasAStatus() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            List<RDFNode> definedBy = model.listObjectsOfProperty(term, RDFS.isDefinedBy).toList();
            if (!definedBy.equals(List.of(onto))) {
                problems.add(term.getLocalName() + ": rdfs:isDefinedBy " + definedBy);
            }
            List<RDFNode> status = model.listObjectsOfProperty(term, vs("term_status")).toList();
            if (status.size() != 1 || !status.get(0).isLiteral() || !STATUSES.contains(status.get(0).asLiteral().getString())) {
                problems.add(term.getLocalName() + ": vs:term_status " + status);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(terms().size() > 100, "the checklist saw the terms");
    }

    @Test
    void everyTermHasOneLabelAndOneCommentInEnglishAndInChinese() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "zh")) {
                    int n = literals(term, p, lang).size();
                    if (n != 1) {
                        problems.add(term.getLocalName() + ": " + n + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void labelsHaveNoOrLists() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            String en = literals(term, RDFS.label, "en").get(0).getString();
            String zh = literals(term, RDFS.label, "zh").get(0).getString();
            if (en.matches("(?i).*\\bor\\b.*") || zh.contains("或")) {
                problems.add(term.getLocalName() + ": " + en + " / " + zh);
            }
        }
        assertTrue(problems.isEmpty(), "labels that list alternatives:\n" + String.join("\n", problems));
    }

    @Test
    void englishLabelsSayWhatTheirIrisSay() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            if (LABELS_UNLIKE_IRI.containsKey(term.getLocalName())) {
                continue;
            }
            List<String> iri = words(term.getLocalName().replaceAll("([a-z])([A-Z])", "$1 $2"));
            List<String> label = words(literals(term, RDFS.label, "en").get(0).getString());
            if (!iri.equals(label)) {
                problems.add(term.getLocalName() + " is labelled \"" + literals(term, RDFS.label, "en").get(0)
                        .getString() + "\"");
            }
        }
        assertTrue(problems.isEmpty(), "labels that say something else than the IRI:\n" + String.join("\n", problems));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !Set.of("a", "an", "the").contains(w)).toList();
    }

    @Test
    void everyPropertyHasADomainAndARangeOrSaysWhyNot() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            boolean property = term.hasProperty(RDF.type, OWL2.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL2.DatatypeProperty);
            if (!property) {
                continue;
            }
            String why = literals(term, RDFS.comment, "en").get(0).getString().toLowerCase(Locale.ROOT);
            boolean saysWhy = why.contains("on purpose");
            if (!term.hasProperty(RDFS.domain) && !(saysWhy && why.contains("domain"))) {
                problems.add(term.getLocalName() + ": no rdfs:domain and no comment saying why");
            }
            if (!term.hasProperty(RDFS.range) && !(saysWhy && why.contains("range"))) {
                problems.add(term.getLocalName() + ": no rdfs:range and no comment saying why");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void thePairsResearchersTraverseBothWaysAreInverses() {
        Map<String, String> pairs = Map.of("founder", "founderOf", "memberOf", "hasMember", "produced", "producedBy",
                "partOf", "hasPart", "leads", "ledBy", "creator", "creatorOf", "acquiredBy", "acquired",
                "statedIn", "states", "containedInPlace", "containsPlace");
        pairs.forEach((p, q) -> assertTrue(model.getResource(AIMIL.NS + p).hasProperty(OWL2.inverseOf,
                model.getResource(AIMIL.NS + q)), "aimil:" + p + " owl:inverseOf aimil:" + q));
    }

    @Test
    void inversesSwapDomainAndRangeAndDifferInLabel() {
        List<String> problems = new ArrayList<>();
        model.listStatements(null, OWL2.inverseOf, (RDFNode) null).forEachRemaining(st -> {
            Resource p = st.getSubject();
            Resource q = st.getResource();
            if (!q.hasProperty(OWL2.inverseOf, p)) {
                problems.add(p.getLocalName() + " / " + q.getLocalName() + ": owl:inverseOf stated one way only");
            }
            if (!Set.copyOf(model.listObjectsOfProperty(p, RDFS.domain).toList())
                    .equals(Set.copyOf(model.listObjectsOfProperty(q, RDFS.range).toList()))
                    || !Set.copyOf(model.listObjectsOfProperty(p, RDFS.range).toList())
                            .equals(Set.copyOf(model.listObjectsOfProperty(q, RDFS.domain).toList()))) {
                problems.add(p.getLocalName() + " / " + q.getLocalName() + ": domain and range do not swap");
            }
            for (String lang : List.of("en", "zh")) {
                if (literals(p, RDFS.label, lang).get(0).getString()
                        .equals(literals(q, RDFS.label, lang).get(0).getString())) {
                    problems.add(p.getLocalName() + " / " + q.getLocalName() + ": same label@" + lang);
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTermIriIsInThePreferredNamespace() {
        Set<String> outside = terms().stream().map(Resource::getURI).filter(u -> !u.startsWith(AIMIL.NS))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), outside);
    }
}
