package org.aimilestones.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            description = "Write to FILE (replaced only once the export is complete) instead of standard output.")
    private Path output;

    @Option(names = "--inferred", description = "Export the graph with its RDFS entailments.")
    private boolean inferred;

    @Override
    protected int run() throws Exception {
        KnowledgeGraph graph = load();
        if (output == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            Exporter.export(graph, inferred, format, buffer);
            out().print(buffer.toString(StandardCharsets.UTF_8));
            out().flush();
            return Main.EXIT_OK;
        }
        Path target = output.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            try (OutputStream file = Files.newOutputStream(partial)) {
                Exporter.export(graph, inferred, format, file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return Main.EXIT_OK;
    }
}
