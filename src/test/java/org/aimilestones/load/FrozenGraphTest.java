package org.aimilestones.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's frozen graph finds what Jena's own in-memory graph finds, for every pattern: each of the eight shapes
 * (each position a term or a wildcard) at the triples of the sample and of the bundled graph, and terms it does not
 * hold; it cannot be changed.
 */
class FrozenGraphTest {

    private static final Node EX_A = NodeFactory.createURI("http://example.org/a");
    private static final Node EX_P = NodeFactory.createURI("http://example.org/p");

    @Test
    void everyPatternAtEveryTripleOfTheSampleFindsWhatJenaFinds() throws IOException {
        Graph jena = TermTableFileTest.sample();
        assertSameAnswers(jena, frozen(jena), 1);
    }

    @Test
    void everyPatternAtTheBundledGraphsTriplesFindsWhatJenaFinds() throws IOException, LoadException {
        Graph jena = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(jena, KnowledgeGraph.load(GraphSource.bundled()).inferred());
        assertTrue(jena.size() > 50_000, "the bundled graph: " + jena.size());
        assertSameAnswers(jena, frozen(jena), 37); // every 37th triple, each of its 8 patterns
    }

    @Test
    void termsItDoesNotHoldMatchNothingAndWildcardsMatchAnything() throws IOException {
        Graph jena = TermTableFileTest.sample();
        Graph frozen = frozen(jena);
        Node absent = NodeFactory.createURI("http://example.org/absent");
        Node var = NodeFactory.createVariable("x");
        // the same value, another term: graphs match terms, not values
        Node otherForm = NodeFactory.createLiteralDT("042", XSDDatatype.XSDinteger);
        for (Node[] pattern : new Node[][] {{absent, null, null}, {null, null, absent}, {EX_A, absent, null},
                {EX_A, EX_P, otherForm}, {absent, Node.ANY, Node.ANY}}) {
            assertFalse(frozen.find(pattern[0], pattern[1], pattern[2]).hasNext());
            assertFalse(frozen.contains(Triple.createMatch(pattern[0], pattern[1], pattern[2])));
        }
        assertEquals(set(jena.find(EX_A, var, Node.ANY)), set(frozen.find(EX_A, var, null)));
        assertEquals(set(jena.find()), set(frozen.find(var, var, var)));
        Node tripleTermWithAVariable = NodeFactory.createTripleTerm(EX_A, EX_P, var);
        assertEquals(set(jena.find(EX_A, null, tripleTermWithAVariable)),
                set(frozen.find(EX_A, null, tripleTermWithAVariable)));
        assertEquals(jena.size(), frozen.size());
        ExtendedIterator<Triple> none = frozen.find(absent, null, null);
        assertThrows(NoSuchElementException.class, none::next);
    }

    @Test
    void aTermOrATripleGivenTwiceIsOneAndANumberOutsideTheTableIsRefused() {
        Node b = NodeFactory.createURI("http://example.org/b");
        Node[] terms = {EX_A, EX_P, b, NodeFactory.createURI("http://example.org/b")}; // b twice, as 2 and 3
        Graph graph = new FrozenGraph(terms, new int[] {0, 0, 0, 2}, new int[] {1, 1, 1, 1}, new int[] {2, 3, 2, 0});
        assertEquals(2, graph.size());
        assertEquals(Set.of(Triple.create(EX_A, EX_P, b), Triple.create(b, EX_P, EX_A)), set(graph.find()));
        assertEquals(1, graph.find(null, null, b).toList().size());
        assertThrows(IllegalArgumentException.class,
                () -> new FrozenGraph(terms, new int[] {4}, new int[] {1}, new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> new FrozenGraph(terms, new int[] {0}, new int[] {-1}, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> new FrozenGraph(terms, new int[] {0}, new int[0],
                new int[0]));
        assertTrue(new FrozenGraph(new Node[0], new int[0], new int[0], new int[0]).isEmpty());
    }

    @Test
    void itCannotBeChanged() throws IOException {
        Graph frozen = frozen(TermTableFileTest.sample());
        Triple t = frozen.find().next();
        assertThrows(AddDeniedException.class, () -> frozen.add(Triple.create(EX_A, EX_P, EX_A)));
        assertThrows(DeleteDeniedException.class, () -> frozen.delete(t));
        assertTrue(frozen.contains(t));
    }

    private static Graph frozen(Graph graph) throws IOException {
        Graph read = TermTableFile.read(TermTableFileTest.written(graph), "test");
        assertTrue(read instanceof FrozenGraph, read.getClass().getName());
        return read;
    }

    /** For every step-th triple of jena, its 8 patterns: the same triples found, and the same answer to contains. */
    private static void assertSameAnswers(Graph jena, Graph frozen, int step) {
        assertEquals(jena.size(), frozen.size());
        assertEquals(set(jena.find()), set(frozen.find()));
        Map<Triple, Set<Triple>> checked = new HashMap<>();
        List<Triple> all = jena.find().toList();
        for (int i = 0; i < all.size(); i += step) {
            Triple t = all.get(i);
            for (int shape = 0; shape < 8; shape++) {
                Triple pattern = Triple.createMatch((shape & 4) != 0 ? t.getSubject() : null,
                        (shape & 2) != 0 ? t.getPredicate() : null, (shape & 1) != 0 ? t.getObject() : null);
                if (checked.containsKey(pattern)) {
                    continue;
                }
                Set<Triple> expected = set(jena.find(pattern));
                List<Triple> found = frozen.find(pattern).toList();
                assertEquals(expected.size(), found.size(), "no triple found twice: " + pattern);
                assertEquals(expected, new HashSet<>(found), pattern.toString());
                assertTrue(frozen.contains(pattern), pattern.toString());
                checked.put(pattern, expected);
            }
        }
    }

    private static Set<Triple> set(ExtendedIterator<Triple> it) {
        return new HashSet<>(it.toList());
    }
}
