package org.aimilestones.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.export.Exporter;
import org.aimilestones.load.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ai-milestones export: writes the asserted (or inferred) graph in an RDF format, to standard output or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph (ontology and data). Turtle, TriG, N-Triples and N-Quads output is sorted"
                + " and byte-stable; TriG and N-Quads hold the default graph only.")
public final class ExportCommand extends GraphCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "Output format: turtle (default), ntriples, jsonld, rdfxml, trig, nquads.")
    private ExportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE (replaced only once the export is complete) instead of standard output;"
                    + " its folder must exist.")
    private Path output;

    @Option(names = "--inferred", description = "Export the graph with its RDFS entailments.")
    private boolean inferred;

    @Override
    protected int run() throws Exception {
        OutputFile file = output == null ? null : OutputFile.of(output, "ai-milestones." + format.lang()
                .getFileExtensions().get(0));
        KnowledgeGraph graph = load();
        if (file == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            Exporter.export(graph, inferred, format, buffer);
            out().print(buffer.toString(StandardCharsets.UTF_8));
            out().flush();
            return Main.EXIT_OK;
        }
        file.write(out -> Exporter.export(graph, inferred, format, out));
        return Main.EXIT_OK;
    }
}
