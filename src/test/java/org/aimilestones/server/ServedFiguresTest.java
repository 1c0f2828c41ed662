package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aimilestones.load.Background;
import org.aimilestones.load.RdfsClosure;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The whole graph's figures read subject by subject over an RDFS view are those of its distinct triples, though the
 * view yields some triples several times; and they wait for the data's background work.
 */
class ServedFiguresTest {

    /** Each entailed type below follows more than one way (a subclass and a domain; a range and a type). */
    private static final String DATA = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ex: <http://example.org/>
            PREFIX r: <%s>
            ex:Talk rdfs:subClassOf ex:Event .
            ex:Event rdfs:subClassOf ex:Thing .
            ex:gave rdfs:domain ex:Person ; rdfs:range ex:Talk ; rdfs:subPropertyOf ex:did .
            ex:did rdfs:domain ex:Person .
            r:hinton a ex:Person ; ex:gave r:talk1, r:talk2 .
            r:talk1 a ex:Talk ; ex:year 2012 .
            r:lecun ex:did r:talk1 .
            ex:nobody ex:gave r:talk2 .
            """.formatted(AIMIL.RESOURCE_NS);

    @Test
    void readBySubjectOverAnRdfsViewCountsEachTripleOnce() {
        DatasetGraph view = rdfsView();
        GuardedDatasetGraph served = new GuardedDatasetGraph(view, new Context(), true);
        ServedFigures figures = served.figures();
        Graph expected = Txn.calculateRead(served, () -> distinctCopy(served));
        assertTrue(Txn.calculateRead(view, () -> rawCount(view)) > expected.size(),
                "the view yields some triples more than once (else this test shows nothing)");
        assertEquals(expected.size(), figures.triples());
        assertEquals(count(expected, Triple::getPredicate), figures.properties());
        assertEquals(count(expected.find(Node.ANY, RDF.Nodes.type, Node.ANY).toList(), Triple::getObject),
                figures.classes());
        assertEquals(3, figures.members(node("http://example.org/Person")), "hinton, lecun, nobody");
        assertEquals(2, figures.members(node("http://example.org/Event")), "talk1, talk2");
        assertEquals(List.of("hinton", "lecun", "talk1", "talk2"), figures.names());
        assertSame(figures, served.figures(), "kept for the version");
    }

    @Test
    void aPlainDatasetIsReadAtOnceWithTheSameFigures() {
        DatasetGraph view = rdfsView();
        ServedFigures kept = new GuardedDatasetGraph(view, new Context(), true).figures();
        assertEquals(kept, ServedFigures.of(view));
    }

    @Test
    void readAfterTheBackgroundWorkOfTheData() throws Exception {
        DatasetGraph view = rdfsView();
        CompletableFuture<Void> indexing = new CompletableFuture<>();
        Background.publish(view.getContext(), indexing);
        GuardedDatasetGraph served = new GuardedDatasetGraph(view, new Context(), true);
        CompletableFuture<ServedFigures> figures = CompletableFuture.supplyAsync(served::figures);
        Thread.sleep(300);
        assertFalse(figures.isDone(), "the figures wait for the background work");
        indexing.complete(null);
        assertEquals(ServedFigures.of(view), figures.get(10, TimeUnit.SECONDS));
    }

    private static DatasetGraph rdfsView() {
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(data);
        DatasetGraph asserted = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(asserted, () -> data.find().forEachRemaining(asserted.getDefaultGraph()::add));
        DatasetGraph view = RDFSFactory.datasetRDFS(asserted, RdfsClosure.setup(data));
        if (view.getContext() == null) {
            throw new IllegalStateException("the view has no context");
        }
        return view;
    }

    private static long rawCount(DatasetGraph view) {
        long n = 0;
        for (var it = view.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static Graph distinctCopy(DatasetGraph served) {
        Graph copy = GraphFactory.createDefaultGraph();
        served.getDefaultGraph().find().forEachRemaining(copy::add);
        return copy;
    }

    private static Map<Node, Long> count(Graph graph, Function<Triple, Node> key) {
        return count(graph.find().toList(), key);
    }

    private static Map<Node, Long> count(List<Triple> triples, Function<Triple, Node> key) {
        return new HashMap<>(triples.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
