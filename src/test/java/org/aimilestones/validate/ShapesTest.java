package org.aimilestones.validate;

import org.aimilestones.load.RdfsClosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven SHACL tests with both shapes files (Core and SPARQL, as `ai-milestones validate` runs them): valid
 * fixtures conform; each invalid fixture gives exactly its expected report (focus node, path, source shape,
 * component, severity).
 */
class ShapesTest {

    private static final List<Node> KEPT = List.of(SHACL.focusNode, SHACL.resultPath, SHACL.sourceShape,
            SHACL.sourceConstraintComponent, SHACL.resultSeverity);

    private static Graph ontology;
    private static ShaclCheck check;

    @BeforeAll
    static void load() {
        ontology = Fixtures.ontology();
        check = new ShaclCheck(Fixtures.shapes());
    }

    static List<Path> valid() {
        return Fixtures.dataFiles("valid");
    }

    /** The invalid fixtures: those every SHACL Core engine detects, and those only the SHACL-SPARQL shapes do. */
    static List<Path> invalid() {
        List<Path> all = new java.util.ArrayList<>(Fixtures.dataFiles("invalid"));
        all.addAll(Fixtures.dataFiles(Fixtures.SHACL_SPARQL.resolve("invalid")));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFixtureConforms(Path data) {
        Graph actual = project(check.report(RdfsClosure.of(ontology, Fixtures.read(data))).getGraph());
        assertTrue(actual.contains(Node.ANY, SHACL.conforms, NodeFactory.createLiteralByValue(true)),
                () -> "expected no results for " + data + ", got:\n" + turtle(actual));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFixtureGivesExpectedReport(Path data) {
        Graph expected = Fixtures.read(Fixtures.expectedReport(data));
        Graph actual = project(check.report(RdfsClosure.of(ontology, Fixtures.read(data))).getGraph());
        assertTrue(actual.isIsomorphicWith(expected),
                () -> data + ": report differs.\n--- expected:\n" + turtle(expected) + "--- actual:\n" + turtle(actual));
    }

    /** The report reduced to sh:conforms and, per result, focus node, path, component and severity. */
    private static Graph project(Graph report) {
        Graph projected = GraphFactory.createDefaultGraph();
        report.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t -> {
            Node root = t.getSubject();
            projected.add(t);
            report.find(root, SHACL.conforms, Node.ANY).forEach(projected::add);
            report.find(root, SHACL.result, Node.ANY).forEach(r -> {
                projected.add(r);
                for (Node p : KEPT) {
                    report.find(r.getObject(), p, Node.ANY).forEach(projected::add);
                }
            });
        });
        return projected;
    }

    private static String turtle(Graph graph) {
        Graph pretty = GraphFactory.createDefaultGraph();
        for (String prefix : List.of("aimil", "aimilsh", "res", "rdfs", "sh")) {
            pretty.getPrefixMapping().setNsPrefix(prefix, Fixtures.prefixes().getNsPrefixURI(prefix));
        }
        graph.find().forEach((Triple t) -> pretty.add(t));
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, pretty, RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }
}
