package org.aimilestones.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * ontology/shapes.ttl uses SHACL Core only, so that any SHACL engine runs all of it; the SHACL-SPARQL shapes live in
 * ontology/shapes-sparql.ttl. Both carry a licence, a title and a description in English and Chinese, and say which
 * graph they apply to.
 */
class ShapesCoreOnlyTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final Node CC_BY = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    /**
     * Every term of the SHACL Core language (W3C Recommendation, sections 2 to 4: shapes, targets, paths,
     * non-validating properties, the Core constraint parameters and components, and the validation report).
     * Not in it: SHACL-SPARQL (sh:sparql, sh:select, sh:ask, sh:prefixes, sh:declare, sh:prefix, sh:namespace,
     * sh:SPARQLConstraint, sh:parameter, sh:validator …) and the Advanced Features (sh:target with SPARQL-based
     * targets, sh:rule, sh:condition, functions, node expressions …).
     */
    private static final Set<String> CORE = Set.of(
            // shapes and targets (2.1)
            "Shape", "NodeShape", "PropertyShape", "targetNode", "targetClass", "targetSubjectsOf", "targetObjectsOf",
            "severity", "Severity", "Violation", "Warning", "Info", "message", "deactivated",
            // property paths (2.3.1)
            "path", "inversePath", "alternativePath", "zeroOrMorePath", "oneOrMorePath", "zeroOrOnePath",
            // non-validating property shape characteristics (2.3.2)
            "name", "description", "order", "group", "PropertyGroup", "defaultValue",
            // shapes graph and entailment (3.1, 3.3)
            "shapesGraph", "suggestedShapesGraph", "entailment",
            // core constraint parameters (4)
            "class", "datatype", "nodeKind", "IRI", "BlankNode", "Literal", "BlankNodeOrIRI", "BlankNodeOrLiteral",
            "IRIOrLiteral", "NodeKind", "minCount", "maxCount", "minExclusive", "minInclusive", "maxExclusive",
            "maxInclusive", "minLength", "maxLength", "pattern", "flags", "languageIn", "uniqueLang", "equals",
            "disjoint", "lessThan", "lessThanOrEquals", "not", "and", "or", "xone", "node", "property",
            "qualifiedValueShape", "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint",
            "closed", "ignoredProperties", "hasValue", "in",
            // validation report (3.6)
            "ValidationReport", "ValidationResult", "AbstractResult", "conforms", "result", "focusNode",
            "resultPath", "value", "sourceShape", "sourceConstraintComponent", "detail", "resultMessage",
            "resultSeverity");

    private static final Set<String> CORE_COMPONENTS = Set.of("Class", "Datatype", "NodeKind", "MinCount", "MaxCount",
            "MinExclusive", "MinInclusive", "MaxExclusive", "MaxInclusive", "MinLength", "MaxLength", "Pattern",
            "LanguageIn", "UniqueLang", "Equals", "Disjoint", "LessThan", "LessThanOrEquals", "Not", "And", "Or",
            "Xone", "Node", "Property", "QualifiedMinCount", "QualifiedMaxCount", "Closed", "HasValue", "In");

    @Test
    void shapesTtlUsesOnlyShaclCoreTerms() {
        Graph shapes = Fixtures.coreShapes();
        Set<String> outside = new TreeSet<>();
        shapes.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(n -> n.isURI() && n.getURI().startsWith(SH))
                .map(n -> n.getURI().substring(SH.length()))
                .filter(local -> !CORE.contains(local)
                        && !(local.endsWith("ConstraintComponent")
                                && CORE_COMPONENTS.contains(local.replaceFirst("ConstraintComponent$", ""))))
                .forEach(local -> outside.add("sh:" + local)));
        assertEquals(Set.of(), outside, "ontology/shapes.ttl uses terms outside SHACL Core; move them to "
                + "ontology/shapes-sparql.ttl");
    }

    @Test
    void shapesTtlHasNoSparqlEvenInText() throws Exception {
        String text = Files.readString(Fixtures.SHAPES);
        for (String term : List.of("sh:sparql", "sh:select", "sh:ask", "sh:prefixes", "sh:declare",
                "sh:SPARQLTarget", "sh:target ", "sh:rule")) {
            assertFalse(text.contains(term), "ontology/shapes.ttl contains " + term);
        }
    }

    @Test
    void sparqlShapesFileHoldsTheSparqlConstraints() {
        Graph sparql = Fixtures.read(Fixtures.SPARQL_SHAPES);
        assertTrue(sparql.contains(Node.ANY, NodeFactory.createURI(SH + "sparql"), Node.ANY),
                "ontology/shapes-sparql.ttl has no sh:sparql constraint");
    }

    @Test
    void bothShapesFilesCarryLicenceTitleDescriptionAndTheirGraph() {
        for (var file : List.of(Fixtures.SHAPES, Fixtures.SPARQL_SHAPES)) {
            Graph g = Fixtures.read(file);
            List<Node> heads = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(
                    "http://www.w3.org/2002/07/owl#Ontology")).mapWith(t -> t.getSubject()).toList();
            assertEquals(1, heads.size(), file + ": one owl:Ontology heading the shapes");
            Node head = heads.get(0);
            assertTrue(g.contains(head, NodeFactory.createURI(DCT + "license"), CC_BY), file + ": dct:license CC BY 4.0");
            for (String property : List.of("title", "description")) {
                for (String lang : List.of("en", "zh")) {
                    assertTrue(g.find(head, NodeFactory.createURI(DCT + property), Node.ANY)
                            .filterKeep(t -> t.getObject().isLiteral()
                                    && t.getObject().getLiteralLanguage().equals(lang)).hasNext(),
                            file + ": dct:" + property + " @" + lang);
                }
            }
            String description = g.find(head, NodeFactory.createURI(DCT + "description"), Node.ANY)
                    .filterKeep(t -> t.getObject().getLiteralLanguage().equals("en"))
                    .next().getObject().getLiteralLexicalForm();
            assertTrue(description.contains("inferred graph") && description.contains("RDFS entailments"),
                    file + ": the description says the shapes apply to the inferred graph: " + description);
        }
    }
}
