package org.aimilestones.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Parses SPARQL queries and runs them over the inferred ai-milestones graph, writing results in a {@link ResultFormat}. */
public final class QueryRunner {

    private static final Pattern TOKEN_POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    private final KnowledgeGraph graph;

    public QueryRunner(KnowledgeGraph graph) {
        this.graph = graph;
    }

    /**
     * Parses a query; the project prefixes (aimil:, res:, rdfs:, ...) are predeclared, so PREFIX lines are optional.
     *
     * @param file display name of the query, for the error message
     * @throws QuerySyntaxException with the parser's line, column and message
     */
    public static Query parse(String text, String file) throws QuerySyntaxException {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Prefixes.asMap());
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw syntaxError(file, e);
        }
    }

    /**
     * The position of the offending token: the "at line L, column C" of the message when there is one (getLine()
     * and getColumn() give the last token that parsed), else getLine() and getColumn(). A long "Was expecting one
     * of:" list is left out of the message.
     */
    private static QuerySyntaxException syntaxError(String file, QueryParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = TOKEN_POSITION.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        List<String> lines = message.lines().collect(Collectors.toList());
        String detail = lines.size() > 3 ? lines.get(0) : String.join(" ", lines);
        return new QuerySyntaxException(file, line, column, detail, e);
    }

    /**
     * Runs query and writes its results: SELECT and ASK in format, CONSTRUCT and DESCRIBE as Turtle whatever the
     * format. Does not close out.
     */
    public void run(Query query, ResultFormat format, Writer out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Model model = ModelFactory.createModelForGraph(graph.inferred());
        try (QueryExecution exec = QueryExecution.model(model).query(query).build()) {
            if (query.isSelectType()) {
                writeSelect(exec.execSelect(), query, format, buffer);
            } else if (query.isAskType()) {
                writeAsk(exec.execAsk(), format, buffer);
            } else {
                Model result = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                result.setNsPrefixes(query.getPrefixMapping());
                RDFDataMgr.write(buffer, result, RDFFormat.TURTLE_PRETTY);
            }
        }
        out.write(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void writeSelect(ResultSet results, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case XML -> ResultSetFormatter.outputAsXML(out, results);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
        }
    }
}
