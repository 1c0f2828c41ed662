package org.aimilestones.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.aimilestones.testing.Fixture;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format round-trips to an isomorphic graph; Turtle and N-Triples are byte-stable. */
class ExporterTest {

    @TempDir
    Path tmp;

    private KnowledgeGraph load() throws LoadException {
        return KnowledgeGraph.load(GraphSource.directory(Fixture.projectRoot(tmp)));
    }

    static String export(Graph graph, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(graph, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }

    /** Asserts isomorphism, showing both graphs as Turtle when they differ. */
    static void assertIsomorphic(Graph expected, Graph actual, String what) throws IOException {
        if (!expected.isIsomorphicWith(actual)) {
            assertEquals(export(expected, ExportFormat.TURTLE), export(actual, ExportFormat.TURTLE), what);
            throw new AssertionError(what + ": not isomorphic, yet the same Turtle (blank nodes?)");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void assertedGraphRoundTrips(ExportFormat format) throws Exception {
        Graph source = load().asserted();
        assertIsomorphic(source, parse(export(source, format), format.lang()), format.cliName());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void inferredGraphRoundTrips(ExportFormat format) throws Exception {
        Graph source = load().inferred();
        assertIsomorphic(source, parse(export(source, format), format.lang()), format.cliName() + " --inferred");
    }

    @Test
    void turtleIsByteIdenticalAcrossFreshLoads() throws Exception {
        Path root = Fixture.projectRoot(tmp);
        String first = export(KnowledgeGraph.load(GraphSource.directory(root)).asserted(), ExportFormat.TURTLE);
        String second = export(KnowledgeGraph.load(GraphSource.directory(root)).asserted(), ExportFormat.TURTLE);
        assertEquals(first, second);
    }

    @Test
    void turtleLayoutIsCanonical() throws Exception {
        String turtle = export(load().asserted(), ExportFormat.TURTLE);
        assertTrue(turtle.startsWith("@prefix aimil: <https://w3id.org/ai-milestones/ontology#> .\n"), turtle);
        assertTrue(turtle.contains("\n\n<https://w3id.org/ai-milestones/ontology>\n    a owl:Ontology ;\n"), "header first");
        assertTrue(turtle.contains("\nres:alexnet\n    a aimil:Model ;\n    rdfs:label \"AlexNet\"@en ,\n"
                + "        \"AlexNet\"@zh ;\n    owl:sameAs wd:Q28325009 ;\n    aimil:creator res:alex-krizhevsky ,\n"
                + "        res:geoffrey-hinton ;\n"), "a first, then predicates and objects by IRI");
        assertTrue(turtle.contains("\"2012-09-01\"^^xsd:date"));
        assertFalse(turtle.contains("@prefix sh:"), "unused prefixes are left out");
    }

    @Test
    void blankNodesGetStableLabels() throws Exception {
        String data = """
                @prefix aimil: <https://w3id.org/ai-milestones/ontology#> .
                @prefix res: <https://w3id.org/ai-milestones/resource/> .
                res:deal aimil:price [ aimil:value 1.5 ; aimil:currency "USD" ] .
                res:other aimil:price [ aimil:value 2.5 ; aimil:currency "GBP" ] .
                """;
        String first = export(parse(data, Lang.TURTLE), ExportFormat.TURTLE);
        String second = export(parse(data, Lang.TURTLE), ExportFormat.TURTLE);
        assertEquals(first, second);
        assertTrue(first.contains("res:deal\n    aimil:price _:b"), first);
        assertEquals(export(parse(data, Lang.TURTLE), ExportFormat.NTRIPLES),
                export(parse(data, Lang.TURTLE), ExportFormat.NTRIPLES));
        assertIsomorphic(parse(data, Lang.TURTLE), parse(first, Lang.TURTLE), "blank nodes");
    }
}
