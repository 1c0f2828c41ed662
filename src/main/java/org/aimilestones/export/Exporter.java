package org.aimilestones.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Serializes the asserted or inferred ai-milestones graph in an {@link ExportFormat}; Turtle, TriG and N-Triples/N-Quads byte-stable. */
public final class Exporter {

    private Exporter() {}

    /** Writes the asserted graph, or the inferred one if inferred is set, to out (UTF-8); does not close out. */
    public static void export(KnowledgeGraph kg, boolean inferred, ExportFormat format, OutputStream out)
            throws IOException {
        write(inferred ? kg.inferred() : kg.asserted(), format, out);
    }

    /** Writes graph to out in format (UTF-8); does not close out. */
    public static void write(Graph graph, ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case TURTLE, TRIG -> new SortedTurtleWriter().write(graph, writer);
            case NTRIPLES, NQUADS -> new SortedNTriplesWriter().write(graph, writer);
            case JSONLD -> RDFDataMgr.write(out, withPrefixes(graph), RDFFormat.JSONLD11_PRETTY);
            case RDFXML -> RDFDataMgr.write(out, withPrefixes(graph), RDFFormat.RDFXML_PLAIN);
        }
        out.flush();
    }

    private static Model withPrefixes(Graph graph) {
        Model model = ModelFactory.createModelForGraph(graph);
        return ModelFactory.createDefaultModel().add(model).setNsPrefixes(Prefixes.asMap());
    }
}
