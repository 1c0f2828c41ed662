package org.aimilestones.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.junit.jupiter.api.Test;

/**
 * A graph still being read: a read-only dataset is made over it without waiting for it (as the server's), every use
 * waits for it, and it is asked for once.
 */
class PendingGraphTest {

    /** The sample graph of TermTableFileTest, counting how often it is asked for. */
    private static final class Counted implements Supplier<Graph> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Graph get() {
            calls.incrementAndGet();
            return TermTableFileTest.sample();
        }
    }

    @Test
    void aReadOnlyDatasetIsMadeOverItWithoutReadingIt() {
        Counted source = new Counted();
        PendingGraph pending = new PendingGraph(source);
        // as the server's read-only dataset is made; Jena unwraps its own graph wrappers (GraphReadOnly's base too)
        // when it makes a dataset over a graph
        DatasetGraph readOnly = DatasetGraphFactory.wrap(new GraphReadOnly(pending) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return PrefixMapping.Standard;
            }
        });
        assertEquals(0, source.calls.get(), "making the dataset over the graph must not read it");
        Dataset dataset = DatasetFactory.wrap(readOnly);
        try (QueryExecution exec = QueryExecution.dataset(dataset)
                .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
            assertEquals(TermTableFileTest.sample().size(), exec.execSelect().next().getLiteral("n").getInt());
        }
        assertEquals(TermTableFileTest.sample().size(), readOnly.getDefaultGraph().size());
        assertTrue(pending.contains(Node.ANY, Node.ANY, Node.ANY));
        assertEquals(1, source.calls.get(), "asked for once, then kept");
    }

    @Test
    void everyUseWaitsForTheReadAndTheGraphIsAskedForOnce() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        PendingGraph pending = new PendingGraph(() -> {
            calls.incrementAndGet();
            try {
                assertTrue(read.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return TermTableFileTest.sample();
        });
        List<CompletableFuture<Integer>> uses = List.of(CompletableFuture.supplyAsync(pending::size),
                CompletableFuture.supplyAsync(() -> pending.find().toList().size()));
        Thread.sleep(200);
        assertFalse(uses.get(0).isDone() || uses.get(1).isDone(), "a use before the graph is read waits for it");
        read.countDown();
        int size = TermTableFileTest.sample().size();
        assertEquals(size, uses.get(0).get(30, TimeUnit.SECONDS));
        assertEquals(size, uses.get(1).get(30, TimeUnit.SECONDS));
        assertEquals(1, calls.get());
    }

    @Test
    void closingAGraphNotReadYetDoesNotReadIt() {
        Counted source = new Counted();
        PendingGraph pending = new PendingGraph(source);
        pending.close();
        assertEquals(0, source.calls.get());
        PendingGraph used = new PendingGraph(source);
        used.size();
        used.close();
        assertTrue(used.isClosed(), "a graph read is closed as any other");
    }
}
