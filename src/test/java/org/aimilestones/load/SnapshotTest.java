package org.aimilestones.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.aimilestones.testing.Fixture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled snapshot: made by the build, equal to parsing, and used only for exactly the files it was made from. */
class SnapshotTest {

    @TempDir
    Path tmp;

    /** Asserts isomorphism, showing both graphs as sorted N-Triples when they differ. */
    private static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (!expected.isIsomorphicWith(actual)) {
            assertEquals(sorted(expected), sorted(actual), what);
            throw new AssertionError(what + ": not isomorphic, yet the same N-Triples (blank nodes?)");
        }
    }

    private static String sorted(Graph graph) {
        String nt = RDFWriter.source(graph).lang(Lang.NTRIPLES).asString();
        return Arrays.stream(nt.split("\n")).sorted().collect(Collectors.joining("\n"));
    }

    /** A copy of the bundled ontology and data files under tmp, as a project root. */
    private GraphSource bundledCopy() throws IOException {
        GraphSource bundled = GraphSource.bundled();
        Fixture.write(tmp, "ontology/ai-milestones.ttl", Files.readString(bundled.ontologyFile()));
        for (Path file : bundled.dataFiles()) {
            Fixture.write(tmp, "data/" + bundled.describe(file).substring("data/".length()), Files.readString(file));
        }
        return GraphSource.directory(tmp);
    }

    @Test
    void theBuildMadeASnapshotOfTheBundledGraph() throws LoadException {
        assertTrue(KnowledgeGraph.load(GraphSource.bundled()).textIndex().isPresent(),
                "no snapshot in target/classes/ai-milestones/snapshot: Maven's process-classes phase makes it");
    }

    @Test
    void snapshotHoldsWhatParsingGives() throws LoadException {
        KnowledgeGraph snapshot = KnowledgeGraph.load(GraphSource.bundled());
        KnowledgeGraph parsed = KnowledgeGraph.parse(GraphSource.bundled());
        assertIsomorphic(parsed.ontology(), snapshot.ontology(), "ontology");
        assertIsomorphic(parsed.data(), snapshot.data(), "data");
        assertIsomorphic(parsed.asserted(), snapshot.asserted(), "asserted");
        assertIsomorphic(parsed.inferred(), snapshot.inferred(), "inferred");
        assertIsomorphic(parsed.ontology(), KnowledgeGraph.loadOntology(GraphSource.bundled()), "ontology alone");
    }

    @Test
    void theGraphReadAheadIsTakenOnceByTheNextRead() throws LoadException {
        Snapshot.readAhead(JenaSystem::init);
        Graph first = KnowledgeGraph.load(GraphSource.bundled()).inferred();
        Graph second = KnowledgeGraph.load(GraphSource.bundled()).inferred();
        assertNotSame(first, second, "the second read reads the file again: nothing is kept for ever");
        assertEquals(first.size(), second.size());
        assertTrue(first.isIsomorphicWith(second));
        Snapshot.readAhead(JenaSystem::init);
        Graph taken = KnowledgeGraph.load(GraphSource.bundled()).inferred();
        assertNotSame(second, taken);
        assertEquals(first.size(), taken.size());
    }

    @Test
    void theReadAheadReadsTheBytesAtOnceAndMakesTheGraphOnlyOnceJenaIsUp() throws Exception {
        CountDownLatch bytesRead = new CountDownLatch(1);
        CountDownLatch jenaUp = new CountDownLatch(1);
        AtomicBoolean decodedTooSoon = new AtomicBoolean();
        Graph graph = GraphFactory.createDefaultGraph();
        CompletableFuture<Graph> ahead = Snapshot.reading(() -> {
            bytesRead.countDown();
            return new byte[] {1, 2, 3};
        }, () -> {
            try {
                jenaUp.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, bytes -> {
            decodedTooSoon.set(jenaUp.getCount() > 0 || bytes.length != 3);
            return graph;
        });
        assertTrue(bytesRead.await(30, TimeUnit.SECONDS), "the bytes are read while Jena starts");
        assertFalse(ahead.isDone(), "nothing is made of them before Jena is up");
        jenaUp.countDown();
        assertSame(graph, ahead.get(30, TimeUnit.SECONDS));
        assertFalse(decodedTooSoon.get());
    }

    @Test
    void aReadAheadThatFailsGivesNothingForTheNextReadToTake() throws Exception {
        assertNull(Snapshot.reading(() -> {
            throw new IOException("no such file");
        }, () -> {}, bytes -> GraphFactory.createDefaultGraph()).get(30, TimeUnit.SECONDS));
        assertNull(Snapshot.reading(() -> new byte[0], () -> {}, bytes -> {
            throw new IOException("damaged");
        }).get(30, TimeUnit.SECONDS));
        assertNull(Snapshot.reading(() -> new byte[0], () -> {
            throw new IllegalStateException("Jena did not start");
        }, bytes -> GraphFactory.createDefaultGraph()).get(30, TimeUnit.SECONDS));
    }

    @Test
    void aByteForByteCopyUsesTheSnapshotAnEditedOneIsParsed() throws Exception {
        GraphSource copy = bundledCopy();
        assertTrue(KnowledgeGraph.load(copy).textIndex().isPresent(), "an identical copy has the same fingerprint");
        Path events = copy.dataFiles().get(0);
        Files.writeString(events, "\n<https://w3id.org/ai-milestones/resource/x> <" + RDFS.label.getURI() + "> \"x\" .\n",
                StandardOpenOption.APPEND);
        KnowledgeGraph edited = KnowledgeGraph.load(copy);
        assertTrue(edited.textIndex().isEmpty(), "an edited copy must not use the snapshot");
        Node x = NodeFactory.createURI("https://w3id.org/ai-milestones/resource/x");
        assertTrue(edited.inferred().contains(x, RDFS.label.asNode(), Node.ANY), "the edit is loaded");
    }

    @Test
    void relativeIrisCannotGoIntoASnapshot() throws Exception {
        Fixture.projectRoot(tmp);
        Fixture.write(tmp, "data/relative.ttl", "<here> <" + RDFS.label.getURI() + "> \"relative\" .\n");
        GraphSource src = GraphSource.directory(tmp);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Snapshot.write(src, KnowledgeGraph.parse(src), tmp.resolve("snapshot")));
        assertTrue(e.getMessage().contains("file:"), e.getMessage());
    }
}
