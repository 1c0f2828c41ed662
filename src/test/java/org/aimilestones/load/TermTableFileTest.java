package org.aimilestones.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** The snapshot's graph files: every kind of term comes back as it was, and a damaged file is refused by name. */
class TermTableFileTest {

    static final String TURTLE = """
            PREFIX : <http://example.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            :a :p "plain", "english"@en, "中文"@zh, "colour"@en-gb, "简体"@zh-hans-cn, "right to left"@ar--rtl, 42, "2012-10-13"^^xsd:date,
                  "odd"^^<http://example.org/type>, "" , "not a number"^^xsd:integer ;
               :q _:b1, _:b2, <<( :a :p "plain" )>> .
            _:b1 :p _:b2 .
            _:b2 :p _:b1 ; :r "line\\nbreak\\u0000 and \\U0001F600" .
            """;

    static Graph sample() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TURTLE, Lang.TURTLE).parse(graph);
        return graph;
    }

    static byte[] written(Graph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TermTableFile.write(graph, out);
        return out.toByteArray();
    }

    @Test
    void everyKindOfTermComesBackAsItWas() throws IOException {
        Graph graph = sample();
        Graph read = TermTableFile.read(written(graph), "sample");
        assertEquals(graph.size(), read.size());
        assertTrue(IsoMatcher.isomorphic(graph, read), "isomorphic");
        Set<Node> terms = new HashSet<>();
        read.find().forEachRemaining(t -> terms.add(t.getObject()));
        assertTrue(terms.contains(NodeFactory.createLiteralDirLang("right to left", "ar", "rtl")), terms.toString());
        assertTrue(terms.contains(NodeFactory.createTripleTerm(NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("plain"))));
        // blank nodes keep their identity across triples: one node for one label
        Node b1 = read.find(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI(
                "http://example.org/q"), Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isBlank)
                .filter(b -> read.contains(b, NodeFactory.createURI("http://example.org/p"), Node.ANY)
                        && !read.contains(b, NodeFactory.createURI("http://example.org/r"), Node.ANY))
                .findFirst().orElseThrow();
        Node b2 = read.find(b1, Node.ANY, Node.ANY).next().getObject();
        assertTrue(read.contains(b2, NodeFactory.createURI("http://example.org/p"), b1));
    }

    @Test
    void languageTagsComeBackAsJenaFormatsThem() throws IOException {
        for (String tag : new String[] {"en", "EN-gb", "zh-hans-cn", "de-CH-1901", "x-private", "ar--rtl", "und"}) {
            Node literal = TermTableFile.read(oneLiteral("text", tag), "x").find().next().getObject();
            assertEquals(NodeFactory.createLiteralLang("text", tag), literal, tag);
        }
    }

    /** @return a file of one triple whose object is the literal lexical@tag, the tag written as it is */
    private static byte[] oneLiteral(String lexical, String tag) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("AIMG");
        out.writeInt(2);
        out.writeInt(3); // terms: two IRIs and the literal
        for (String iri : new String[] {"http://example.org/a", "http://example.org/p"}) {
            out.writeByte(0);
            writeString(out, iri);
        }
        out.writeByte(3);
        writeString(out, lexical);
        writeString(out, tag);
        out.writeInt(1); // one triple: its subject, predicate and object columns
        out.writeInt(0);
        out.writeInt(1);
        out.writeInt(2);
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Test
    void anEmptyGraphToo() throws IOException {
        assertEquals(0, TermTableFile.read(written(GraphFactory.createDefaultGraph()), "e")
                .size());
    }

    @Test
    void aDamagedFileIsRefusedByName() throws IOException {
        byte[] whole = written(sample());
        for (int cut : new int[] {0, 3, 10, whole.length / 2, whole.length - 1}) {
            IOException e = assertThrows(IOException.class, () -> TermTableFile.read(
                    Arrays.copyOf(whole, cut), "snapshot/x.graph"), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("snapshot/x.graph "), e.getMessage());
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertTrue(assertThrows(IOException.class, () -> TermTableFile.read(longer, "x"))
                .getMessage().contains("1 bytes after the last triple"));
        byte[] thrift = whole.clone();
        thrift[0] = 'R';
        assertEquals("x is not a graph file of version 2 of this build's format", assertThrows(IOException.class,
                () -> TermTableFile.read(thrift, "x")).getMessage());
        byte[] badKind = whole.clone();
        badKind[12] = 99; // the first term's kind
        assertTrue(assertThrows(IOException.class, () -> TermTableFile.read(badKind, "x"))
                .getMessage().contains("unknown term kind 99"));
    }
}
