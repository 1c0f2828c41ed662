package org.aimilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.query.QueryRunner;
import org.aimilestones.query.QuerySyntaxException;
import org.aimilestones.query.ResultFormat;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ai-milestones query: runs a named query (queries/NAME.rq) or a query file over the inferred graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over the graph with RDFS inference. The project prefixes (aimil:, res:,"
                + " rdfs:, schema:, ...) are predeclared. CONSTRUCT and DESCRIBE results are written as Turtle.")
public final class QueryCommand extends GraphCommand {

    @Parameters(paramLabel = "NAME|FILE",
            description = "A query name from queries/ (e.g. alexnet or alexnet.rq), or the path of a .rq file.")
    private String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format for SELECT and ASK: table (default), csv, tsv, json, xml.")
    private ResultFormat format;

    @Override
    protected int run() throws Exception {
        GraphSource source = source();
        NamedQueries queries = new NamedQueries(source);
        Optional<Path> file = queries.resolve(query);
        if (file.isEmpty()) {
            err().println("unknown query: " + query);
            List<String> known = queries.names();
            err().println("known queries: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            return Main.EXIT_USAGE;
        }
        Query parsed;
        try {
            parsed = QueryRunner.parse(Files.readString(file.get()), queries.describe(file.get()));
        } catch (QuerySyntaxException e) {
            err().println(e.getMessage());
            return Main.EXIT_USAGE;
        }
        new QueryRunner(load()).run(parsed, format, out());
        return Main.EXIT_OK;
    }
}
