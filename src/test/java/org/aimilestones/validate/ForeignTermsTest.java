package org.aimilestones.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.AIMIL;
import org.aimilestones.vocab.RealVocabularies;
import org.aimilestones.vocab.RealVocabularies.Vocabulary;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology says nothing about another namespace's terms beyond what alignment needs: every triple has one of our
 * terms, or the ontology itself (its metadata), as subject, with one allowed exception, written as a rule rather
 * than a list: the declaration of an external term ({@code X a owl:Class}, {@code owl:ObjectProperty},
 * {@code owl:DatatypeProperty} or {@code owl:AnnotationProperty}). Those are there because OWL 2 DL wants every
 * entity used declared (OWL 2 Structural Specification, section 5.8.1) and the ontology imports nothing: without them
 * the OWL 2 DL profile check of {@code ai-milestones validate} reports every external term as undeclared. Each
 * declaration must (1) be needed: its term is used by an alignment or the metadata of the ontology, or by the data;
 * and, where its vocabulary has a test copy under src/test/resources/vocab/, (2) name a term that exists there and
 * (3) agree with the kind of term the vocabulary itself says it is (no class declared a property, no object property
 * declared an annotation property, and so on). Named individuals need no declaration, so none is made for foreign
 * ones. Data that uses a new external term needs its declaration here (theOwl2DlProfileCheckFindsNoUndeclaredOrPunnedTerms names it).
 */
class ForeignTermsTest {

    private static final Set<Node> DECLARATIONS = Set.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode());
    private static final Set<Node> PROPERTY_KINDS = Set.of(OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode());
    /**
     * Object properties of their vocabulary declared here as annotation properties, each with its reason: their values
     * are built-in terms (owl:sameAs, rdfs:seeAlso …), which OWL 2 DL does not allow as individuals.
     */
    private static final Map<String, String> ANNOTATION_ON_PURPOSE = Map.of(
            "http://rdfs.org/ns/void#linkPredicate", "a linkset's predicates are owl:sameAs, rdfs:seeAlso …");
    private static final List<Node> AXIOM_PREDICATES = List.of(RDFS.subClassOf.asNode(),
            RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode(), OWL2.disjointWith.asNode(),
            OWL2.inverseOf.asNode());

    private static Graph ontology;
    private static Graph data;

    @BeforeAll
    static void load() throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        ontology = kg.ontology();
        data = kg.data();
    }

    private static boolean ours(Node n) {
        return n.isURI() && (n.getURI().startsWith(AIMIL.NS) || n.equals(AIMIL.ONTOLOGY.asNode()));
    }

    @Test
    void onlyOurTermsAndTheOntologyAreSubjectsExceptForDeclarations() {
        List<String> problems = new ArrayList<>();
        ontology.find().forEachRemaining(t -> {
            if (ours(t.getSubject())) {
                return;
            }
            boolean declaration = t.getPredicate().equals(RDF.type.asNode()) && DECLARATIONS.contains(t.getObject());
            if (!declaration) {
                problems.add("says something about a foreign term: " + t);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void rdfsLabelAndCommentAreNotRedefined() {
        for (Node builtIn : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
            assertTrue(!ontology.find(builtIn, Node.ANY, Node.ANY).hasNext(), "the ontology redefines " + builtIn);
        }
    }

    @Test
    void everyForeignDeclarationIsNeeded() {
        Set<Node> used = new java.util.HashSet<>();
        for (Node p : AXIOM_PREDICATES) {
            ontology.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> used.add(t.getObject()));
        }
        ontology.find(AIMIL.ONTOLOGY.asNode(), Node.ANY, Node.ANY).forEachRemaining(t -> used.add(t.getPredicate()));
        ontology.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> ours(t.getSubject()))
                .forEachRemaining(t -> used.add(t.getPredicate()));
        data.find().forEachRemaining(t -> {
            used.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode())) {
                used.add(t.getObject());
            }
        });
        Set<String> unused = new TreeSet<>();
        for (Node declared : foreignDeclarations()) {
            if (!used.contains(declared)) {
                unused.add(declared.getURI());
            }
        }
        assertTrue(unused.isEmpty(), "declared but used by no alignment, metadata or data: " + unused);
    }

    @Test
    void everyForeignDeclarationNamesATermOfItsVocabularyAndAgreesWithItsKind() {
        List<String> problems = new ArrayList<>();
        for (Node term : foreignDeclarations()) {
            Vocabulary v = Vocabulary.of(term.getURI());
            if (v == null) {
                // no test copy of its vocabulary (add one under src/test/resources/vocab/ to have it checked)
                continue;
            }
            Graph vocab = v.graph();
            Set<Node> theirs = new java.util.HashSet<>();
            vocab.find(term, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> theirs.add(t.getObject()));
            if (theirs.isEmpty()) {
                problems.add(term.getURI() + ": not defined in " + v.file);
                continue;
            }
            for (Node ours : kinds(term)) {
                boolean isClass = ours.equals(OWL2.Class.asNode());
                boolean theirClass = theirs.contains(RDFS.Class.asNode()) || theirs.contains(OWL2.Class.asNode());
                boolean theirProperty = theirs.contains(RDF.Property.asNode())
                        || theirs.stream().anyMatch(PROPERTY_KINDS::contains)
                        || theirs.contains(OWL2.FunctionalProperty.asNode())
                        || theirs.contains(OWL2.InverseFunctionalProperty.asNode());
                if (isClass ? !theirClass : !theirProperty) {
                    problems.add(term.getURI() + ": declared " + ours.getLocalName() + ", but " + v.file + " says "
                            + theirs);
                }
                if (!isClass && !(ANNOTATION_ON_PURPOSE.containsKey(term.getURI())
                        && ours.equals(OWL2.AnnotationProperty.asNode()))) {
                    for (Node kind : PROPERTY_KINDS) {
                        if (!kind.equals(ours) && theirs.contains(kind)) {
                            problems.add(term.getURI() + ": declared " + ours.getLocalName() + ", but " + v.file
                                    + " makes it an " + kind.getLocalName());
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** With the declarations, the OWL 2 DL profile check finds nothing but the XSD datatypes OWL 2 lacks. */
    @Test
    void theOwl2DlProfileCheckFindsNoUndeclaredOrPunnedTerms() throws Exception {
        Graph all = RealVocabularies.union(ontology, data);
        List<Finding> findings = OwlProfileCheck.findings(OwlConversion.toOwl(all));
        List<String> warnings = findings.stream().filter(f -> f.severity() != Severity.INFO)
                .map(Finding::toString).toList();
        assertEquals(List.of(), warnings);
    }

    private static Set<Node> foreignDeclarations() {
        Set<Node> declared = new java.util.LinkedHashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> !ours(t.getSubject()) && DECLARATIONS.contains(t.getObject()))
                .mapWith(Triple::getSubject).forEachRemaining(declared::add);
        return declared;
    }

    private static Set<Node> kinds(Node term) {
        Set<Node> kinds = new java.util.HashSet<>();
        ontology.find(term, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> kinds.add(t.getObject()));
        return kinds;
    }
}
