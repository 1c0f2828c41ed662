package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The server's JSON results writer gives the same JSON as Jena's own for every kind of term, and reads back. */
class JsonResultsWriterTest {

    private static final Var X = Var.alloc("x");
    private static final Var Y = Var.alloc("y");
    private static final Node BLANK = NodeFactory.createBlankNode();

    private static RowSetWriter ours() {
        JsonResultsWriter.register();
        return org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                .create(ResultSetLang.RS_JSON);
    }

    private static List<Binding> rows() {
        List<Node> values = List.of(
                NodeFactory.createURI("http://example.org/a?b=\"c\"&d=\\e"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralString("quote \" backslash \\ slash / newline \n return \r tab \t bell \u0007"
                        + " nul \u0000 line sep \u2028 para \u2029 汉字 😀 é"),
                NodeFactory.createLiteralLang("深度学习", "zh"),
                NodeFactory.createLiteralLang("Deep learning", "en-GB"),
                NodeFactory.createLiteralDirLang("abc", "ar", "rtl"),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2012-09-30", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("<b>x</b>", XSDDatatype.XSDstring),
                BLANK, BLANK, NodeFactory.createBlankNode(),
                NodeFactory.createTripleTerm(NodeFactory.createURI("http://e/s"), NodeFactory.createURI("http://e/p"),
                        NodeFactory.createTripleTerm(BLANK, NodeFactory.createURI("http://e/q"),
                                NodeFactory.createLiteralLang("o", "en"))));
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BindingBuilder b = BindingBuilder.create().add(X, values.get(i));
            if (i % 3 == 0) {
                b.add(Y, values.get(values.size() - 1 - i));
            }
            rows.add(b.build());
        }
        rows.add(BindingBuilder.create().build()); // every variable unbound
        return rows;
    }

    private static String write(RowSetWriter writer, List<Binding> rows, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, RowSetStream.create(List.of(X, Y), rows.iterator()), context);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String ask(RowSetWriter writer, boolean result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, result, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameJsonAsJenasWriter() {
        RowSetWriter jena = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
        for (List<Binding> rows : List.of(rows(), List.<Binding>of())) {
            String expected = write(jena, rows, null);
            String got = write(ours(), rows, null);
            assertEquals(JSON.parseAny(expected), JSON.parseAny(got), got);
        }
        Context asGiven = new Context();
        asGiven.set(ARQ.outputGraphBNodeLabels, true);
        List<Binding> rows = rows(); // the same blank nodes for both
        assertEquals(JSON.parseAny(write(jena, rows, asGiven)), JSON.parseAny(write(ours(), rows, asGiven)));
        for (boolean result : new boolean[] {true, false}) {
            assertEquals(JSON.parseAny(ask(jena, result)), JSON.parseAny(ask(ours(), result)));
        }
    }

    @Test
    void readsBackAsTheSameRows() {
        String got = write(ours(), rows(), null);
        RowSet read = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(got.getBytes(StandardCharsets.UTF_8)), null).rewindable();
        assertTrue(ResultsCompare.equalsByTerm(RowSetStream.create(List.of(X, Y), rows().iterator()), read), got);
    }

    @Test
    void controlCharactersAreEscapedAndTheRestIsUtf8() throws Exception {
        String got = write(ours(), rows(), null);
        assertTrue(got.contains("\\u0007") && got.contains("\\u0000") && got.contains("\\u2028")
                && got.contains("\\n") && got.contains("\\\"") && got.contains("深度学习") && got.contains("😀"), got);
        assertTrue(got.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no raw control character");
    }
}
