package org.aimilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.aimilestones.validate.ValidationReport;
import org.aimilestones.validate.Validator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;

/** ai-milestones validate: SHACL shapes over the RDFS-entailed data, then an OWL 2 consistency check with HermiT. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data against ontology/shapes.ttl (SHACL Core) and ontology/shapes-sparql.ttl"
                + " (SHACL-SPARQL), both on the data plus its RDFS entailments, and check ontology + data for OWL 2"
                + " consistency with HermiT. Prints each finding and a summary; exit 0 when the graph conforms and is"
                + " consistent, 1 when not. A --data folder without ontology/shapes.ttl is checked with the bundled"
                + " shapes.")
public final class ValidateCommand extends GraphCommand {

    @Override
    protected int run() throws Exception {
        KnowledgeGraph graph = load();
        Graph shapes = shapes();
        Validator validator;
        try {
            validator = new Validator(graph.ontology(), shapes);
        } catch (ShaclParseException e) {
            err().println("malformed SHACL shapes: " + e.getMessage());
            return Main.EXIT_FAILURE;
        }
        ValidationReport report = validator.validate(graph.data(), graph.prefixes());
        report.print(out(), graph.prefixes());
        return report.passed() ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }

    /**
     * The source's ontology/shapes.ttl together with its ontology/shapes-sparql.ttl when it has one, or the bundled
     * pair if it has no shapes.ttl; a syntax error is a LoadException.
     */
    private Graph shapes() throws LoadException {
        GraphSource source = source();
        if (!Files.exists(source.shapesFile())) {
            source = GraphSource.bundled();
        }
        Graph shapes = GraphFactory.createDefaultGraph();
        parse(source, source.shapesFile(), shapes);
        if (Files.exists(source.sparqlShapesFile())) {
            parse(source, source.sparqlShapesFile(), shapes);
        }
        return shapes;
    }

    private static void parse(GraphSource source, Path file, Graph into) throws LoadException {
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(into);
        } catch (RiotParseException e) {
            throw LoadException.of(source.describe(file), file, e);
        }
    }
}
