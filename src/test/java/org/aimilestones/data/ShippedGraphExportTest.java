package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.export.Exporter;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped graph exports in every format to a graph isomorphic to it, and Turtle exports are byte-stable. */
class ShippedGraphExportTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void exportReparsesIsomorphic(ExportFormat format) throws IOException {
        for (boolean inferred : new boolean[] {false, true}) {
            KnowledgeGraph kg = ShippedGraph.get();
            Graph source = inferred ? kg.inferred() : kg.asserted();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(kg, inferred, format, out);
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(back);
            assertTrue(source.isIsomorphicWith(back), () -> format + (inferred ? " (inferred)" : "")
                    + " export is not isomorphic to the graph.\nsource:\n" + turtle(source) + "\nre-parsed:\n"
                    + turtle(back));
        }
    }

    @ParameterizedTest(name = "inferred={0}")
    @ValueSource(booleans = {false, true})
    void turtleExportIsByteStableAcrossLoads(boolean inferred) throws IOException, LoadException {
        assertArrayEquals(turtleOf(KnowledgeGraph.load(ShippedGraph.SOURCE), inferred),
                turtleOf(KnowledgeGraph.load(ShippedGraph.SOURCE), inferred));
    }

    private static byte[] turtleOf(KnowledgeGraph kg, boolean inferred) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(kg, inferred, ExportFormat.TURTLE, out);
        return out.toByteArray();
    }

    private static String turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
