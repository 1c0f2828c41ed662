package org.aimilestones.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL 1.1 Query Results JSON ({@code application/sparql-results+json}), written straight to the response's bytes:
 * the same members as Jena's own writer ({@code type}, {@code value}, {@code xml:lang}, {@code its:dir},
 * {@code datatype}; triple terms as {@code "type": "triple"}; blank nodes labelled {@code b0}, {@code b1} … per
 * answer, or as given when {@link ARQ#outputGraphBNodeLabels} is set), one binding per line. Jena's writer builds
 * each quoted string through a synchronized buffer and indents every line, which took about a sixth of the server's
 * time for a small answer.
 */
final class JsonResultsWriter implements RowSetWriter {

    private JsonResultsWriter() {}

    /** Makes this the writer of {@link ResultSetLang#RS_JSON} in this JVM (Fuseki's answers included). */
    static void register() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, JsonResultsWriter::create);
    }

    private static RowSetWriter create(Lang lang) {
        if (!Objects.equals(lang, ResultSetLang.RS_JSON)) {
            throw new IllegalArgumentException("not JSON results: " + lang);
        }
        return new JsonResultsWriter();
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        try {
            Writer w = writer(out);
            boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
            NodeToLabel labels = asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
            List<Var> vars = rowSet.getResultVars();
            w.write("{ \"head\": { \"vars\": [");
            for (int i = 0; i < vars.size(); i++) {
                w.write(i == 0 ? " " : ", ");
                quoted(w, vars.get(i).getVarName());
            }
            w.write(" ] },\n  \"results\": { \"bindings\": [");
            boolean firstRow = true;
            while (rowSet.hasNext()) {
                Binding row = rowSet.next();
                w.write(firstRow ? "\n    { " : ",\n    { ");
                firstRow = false;
                boolean first = true;
                for (Var var : vars) {
                    Node value = row.get(var);
                    if (value != null) {
                        if (!first) {
                            w.write(", ");
                        }
                        first = false;
                        quoted(w, var.getVarName());
                        w.write(": ");
                        term(w, value, labels);
                    }
                }
                w.write(" }");
            }
            w.write(firstRow ? "] }\n}\n" : "\n  ] }\n}\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        throw new UnsupportedOperationException("JSON results are written to an OutputStream");
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try {
            Writer w = writer(out);
            w.write("{ \"head\": { }, \"boolean\": " + result + " }\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    }

    private static void term(Writer w, Node value, NodeToLabel labels) throws IOException {
        if (value.isURI()) {
            w.write("{ \"type\": \"uri\", \"value\": ");
            quoted(w, value.getURI());
        } else if (value.isLiteral()) {
            w.write("{ \"type\": \"literal\", ");
            if (Util.isSimpleString(value) || Util.isLangString(value) || Util.isDirLangString(value)) {
                String lang = value.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    w.write("\"xml:lang\": ");
                    quoted(w, lang);
                    w.write(", ");
                }
                String direction = value.getLiteralBaseDirection() == null ? null
                        : value.getLiteralBaseDirection().toString();
                if (direction != null && !direction.isEmpty()) {
                    w.write("\"its:dir\": ");
                    quoted(w, direction);
                    w.write(", ");
                }
            } else {
                w.write("\"datatype\": ");
                quoted(w, value.getLiteralDatatypeURI());
                w.write(", ");
            }
            w.write("\"value\": ");
            quoted(w, value.getLiteralLexicalForm());
        } else if (value.isBlank()) {
            w.write("{ \"type\": \"bnode\", \"value\": ");
            quoted(w, labels.get(null, value).substring(2));
        } else if (value.isTripleTerm()) {
            Triple t = value.getTriple();
            w.write("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(w, t.getSubject(), labels);
            w.write(", \"predicate\": ");
            term(w, t.getPredicate(), labels);
            w.write(", \"object\": ");
            term(w, t.getObject(), labels);
            w.write(" }");
        } else {
            throw new IllegalArgumentException("not an RDF term: " + value);
        }
        w.write(" }");
    }

    /** Writes s as a JSON string: quotes, backslash and control characters escaped (and U+2028/9, for scripts). */
    static void quoted(Writer w, String s) throws IOException {
        w.write('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            w.write(s, from, i - from);
            switch (c) {
                case '"' -> w.write("\\\"");
                case '\\' -> w.write("\\\\");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                case '\t' -> w.write("\\t");
                case '\b' -> w.write("\\b");
                case '\f' -> w.write("\\f");
                default -> w.write(String.format("\\u%04x", (int) c));
            }
            from = i + 1;
        }
        w.write(s, from, s.length() - from);
        w.write('"');
    }
}
