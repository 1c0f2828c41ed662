package org.aimilestones.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * The snapshot's graph format, made to be read fast by a JVM that has just started (its code not yet compiled): each
 * distinct term is written once, in a table, and each triple as three numbers into it. The decade's served graph
 * has about 94,000 triples over 28,000 terms; RDF Thrift writes every term of every triple (283,000) and its decoder
 * runs deep per term, which took half the start's time. The format belongs to the build that writes it (the jar's
 * snapshot is written and read by the same code); its first bytes name it and its version, so anything else is
 * refused with a clear message rather than misread.
 *
 * <pre>
 * "AIMG" version(int) termCount(int) term* tripleCount(int) subject(int)* predicate(int)* object(int)*
 * term: kind(byte) then, by kind: IRI(string) | blank node(label) | string literal(lexical form)
 *       | language literal(lexical form, language) | directional literal(lexical form, language, direction)
 *       | typed literal(lexical form, datatype IRI) | triple term(subject, predicate, object as ints, earlier terms)
 * string: byte count(int) then UTF-8
 * </pre>
 *
 * The triples are written as three columns of term numbers (read in three bulk copies), sorted by subject, predicate
 * and object number: the order a {@link FrozenGraph} keeps them in, so that reading them back sorts nothing.
 */
final class TermTableFile {

    private static final byte[] MAGIC = "AIMG".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 2;

    private static final byte IRI = 0;
    private static final byte BLANK = 1;
    private static final byte STRING = 2;
    private static final byte LANG = 3;
    private static final byte DIR_LANG = 4;
    private static final byte TYPED = 5;
    private static final byte TRIPLE_TERM = 6;

    private TermTableFile() {}

    /** Writes graph to out (which is left open). */
    static void write(Graph graph, OutputStream out) throws IOException {
        Map<Node, Integer> ids = new HashMap<>();
        ByteArrayOutputStream termBytes = new ByteArrayOutputStream();
        DataOutputStream terms = new DataOutputStream(termBytes);
        List<int[]> triples = new ArrayList<>();
        for (Triple t : graph.find().toList()) {
            triples.add(new int[] {id(t.getSubject(), ids, terms), id(t.getPredicate(), ids, terms),
                id(t.getObject(), ids, terms)});
        }
        triples.sort(Arrays::compare);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(ids.size());
        termBytes.writeTo(data);
        data.writeInt(triples.size());
        for (int column = 0; column < 3; column++) {
            for (int[] triple : triples) {
                data.writeInt(triple[column]);
            }
        }
        data.flush();
    }

    /** @return the number of node in the table (its id), writing it (and the terms it is made of) first if it is new */
    private static int id(Node node, Map<Node, Integer> ids, DataOutputStream terms) throws IOException {
        Integer known = ids.get(node);
        if (known != null) {
            return known;
        }
        if (node.isURI()) {
            terms.writeByte(IRI);
            string(terms, node.getURI());
        } else if (node.isBlank()) {
            terms.writeByte(BLANK);
            string(terms, node.getBlankNodeLabel());
        } else if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            TextDirection dir = node.getLiteralBaseDirection();
            if (!lang.isEmpty() && dir != null) {
                terms.writeByte(DIR_LANG);
                string(terms, node.getLiteralLexicalForm());
                string(terms, lang);
                string(terms, dir.direction());
            } else if (!lang.isEmpty()) {
                terms.writeByte(LANG);
                string(terms, node.getLiteralLexicalForm());
                string(terms, lang);
            } else if (XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI())) {
                terms.writeByte(STRING);
                string(terms, node.getLiteralLexicalForm());
            } else {
                terms.writeByte(TYPED);
                string(terms, node.getLiteralLexicalForm());
                string(terms, node.getLiteralDatatypeURI());
            }
        } else if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            int s = id(t.getSubject(), ids, terms);
            int p = id(t.getPredicate(), ids, terms);
            int o = id(t.getObject(), ids, terms);
            terms.writeByte(TRIPLE_TERM);
            terms.writeInt(s);
            terms.writeInt(p);
            terms.writeInt(o);
        } else {
            throw new IllegalArgumentException("not a term of an RDF graph: " + node);
        }
        int id = ids.size();
        ids.put(node, id);
        return id;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * @param bytes the whole file
     * @param name  the file's name, for messages
     * @return the graph written in the file, which cannot be changed (a {@link FrozenGraph}; Jena is started first, if
     *         it was not)
     * @throws IOException if bytes are not a whole file of this format
     */
    static Graph read(byte[] bytes, String name) throws IOException {
        JenaSystem.init(); // the datatypes are registered by then
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[MAGIC.length];
            buffer.get(magic);
            int version = buffer.getInt();
            if (!Arrays.equals(magic, MAGIC) || version != VERSION) {
                throw new IOException(name + " is not a graph file of version " + VERSION + " of this build's format");
            }
            Node[] terms = new Node[buffer.getInt()];
            TypeMapper types = TypeMapper.getInstance();
            Map<String, String> tags = new HashMap<>();
            for (int i = 0; i < terms.length; i++) {
                byte kind = buffer.get();
                terms[i] = switch (kind) {
                    case IRI -> NodeFactory.createURI(string(buffer));
                    case BLANK -> NodeFactory.createBlankNode(string(buffer));
                    case STRING -> NodeFactory.createLiteralString(string(buffer));
                    case LANG -> langLiteral(string(buffer), string(buffer), tags);
                    case DIR_LANG -> NodeFactory.createLiteralDirLang(string(buffer), string(buffer), string(buffer));
                    case TYPED -> NodeFactory.createLiteralDT(string(buffer), types.getSafeTypeByName(string(buffer)));
                    case TRIPLE_TERM -> NodeFactory.createTripleTerm(terms[buffer.getInt()], terms[buffer.getInt()],
                            terms[buffer.getInt()]);
                    default -> throw new IOException(name + ": unknown term kind " + kind + " at byte "
                            + (buffer.position() - 1));
                };
            }
            int count = buffer.getInt();
            if (count < 0 || count > buffer.remaining() / 12) {
                throw new BufferUnderflowException();
            }
            int[] s = column(buffer, count);
            int[] p = column(buffer, count);
            int[] o = column(buffer, count);
            if (buffer.hasRemaining()) {
                throw new IOException(name + ": " + buffer.remaining() + " bytes after the last triple");
            }
            return new FrozenGraph(terms, s, p, o);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException
                | IllegalArgumentException e) {
            throw new IOException(name + " is cut short or damaged (at byte " + buffer.position() + ")", e);
        }
    }

    /**
     * @return the literal lexical@tag, as {@link NodeFactory#createLiteralLang} makes it; a tag is formatted once
     *         (Jena formats it again for every literal otherwise, which was half the time of reading the decade's 21,500
     *         language-tagged literals)
     */
    @SuppressWarnings("deprecation") // NodeFactory.createLiteral(LiteralLabel): the one way to give the formatted tag
    private static Node langLiteral(String lexical, String tag, Map<String, String> tags) {
        if (tag.isEmpty() || tag.contains("--")) { // not a plain language tag: Jena's own way
            return NodeFactory.createLiteralLang(lexical, tag);
        }
        String formatted = tags.computeIfAbsent(tag, t -> NodeFactory.createLiteralLang("", t).getLiteralLanguage());
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(lexical, formatted));
    }

    private static int[] column(ByteBuffer buffer, int count) {
        int[] column = new int[count];
        buffer.asIntBuffer().get(column);
        buffer.position(buffer.position() + 4 * count);
        return column;
    }

    private static String string(ByteBuffer buffer) {
        int length = buffer.getInt();
        String s = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + length);
        return s;
    }
}
