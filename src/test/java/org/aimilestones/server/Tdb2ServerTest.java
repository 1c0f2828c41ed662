package org.aimilestones.server;

import static org.aimilestones.server.MilestonesServerTest.PREFIXES;
import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.testing.Fixture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store: built once, reused on restart, rebuilt when the files change only while updates are off. */
class Tdb2ServerTest {

    static final String QUERY = PREFIXES + "SELECT ?s ?label WHERE { ?s a schema:Event ; rdfs:label ?label }"
            + " ORDER BY ?s ?label";

    @TempDir
    Path tmp;

    private MilestonesServer serve(Path root, Path store, Path passwords) throws Exception {
        ServerConfig.Builder config = ServerConfig.builder().source(GraphSource.directory(root)).port(0).tdb2(store);
        if (passwords != null) {
            config.allowUpdate(true).passwordFile(passwords);
        }
        return MilestonesServer.start(config.build());
    }

    private static String answer(MilestonesServer server, String query) {
        HttpResponse<String> response = Http.get(server.url() + "ai-milestones/sparql?query=" + enc(query), "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static void addEvent(Path root) throws Exception {
        Files.writeString(root.resolve("data/events.ttl"), "\n<https://w3id.org/ai-milestones/resource/late-event>"
                + " a <https://w3id.org/ai-milestones/ontology#Event> ;"
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"Late event\"@en .\n", StandardOpenOption.APPEND);
    }

    @Test
    void storeIsReusedAndGivesTheSameAnswers() throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        Path store = tmp.resolve("store");
        String first;
        try (MilestonesServer server = serve(root, store, null)) {
            assertEquals(List.of("built the TDB2 store in " + store + " from the data files"), server.notes());
            first = answer(server, QUERY);
            assertEquals(KnowledgeGraph.load(GraphSource.directory(root)).inferred().size(), server.triples());
        }
        assertTrue(Files.exists(store.resolve(Tdb2Store.FINGERPRINT_FILE)));
        try (MilestonesServer server = serve(root, store, null)) {
            assertEquals(List.of(), server.notes(), "reused silently");
            assertEquals(first, answer(server, QUERY));
            assertTrue(server.banner().contains("(dataset /ai-milestones, TDB2 store " + store + ", RDFS entailments at query"
                    + " time, read-only)"), "a store is named, not counted: " + server.banner());
        }
        addEvent(root);
        try (MilestonesServer server = serve(root, store, null)) {
            assertEquals(List.of("the data files changed: rebuilt the TDB2 store in " + store), server.notes());
            assertTrue(answer(server, QUERY).contains("Late event"));
        }
    }

    @Test
    void withUpdatesOnTheStoreIsKeptAndKeepsTheUpdates() throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        Path store = tmp.resolve("store");
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: pw\n");
        String marker = PREFIXES + "ASK { res:updated-thing a schema:Event }";
        try (MilestonesServer server = serve(root, store, passwords)) {
            HttpRequest.Builder insert = Http.request(server.url() + "ai-milestones/update")
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "INSERT DATA { res:updated-thing a aimil:Event }"));
            assertEquals(204, Http.send(Http.withBasicAuth(insert, "editor", "pw")).statusCode());
        }
        addEvent(root);
        try (MilestonesServer server = serve(root, store, passwords)) {
            assertEquals(List.of("the data files changed since the TDB2 store in " + store + " was built;"
                    + " keeping the store, which is the source of truth while updates are on"), server.notes());
            assertTrue(answer(server, marker).contains("true"), "the update survived the restart");
            assertFalse(answer(server, QUERY).contains("Late event"), "the changed file was not loaded");
        }
    }

    /** The CI failure this guards against: a close while a background read was on the store threw "Can't expel". */
    /**
     * The layers over the store are closed with it: the search index kept in the store's folder waits for its filling
     * and writes no more (a CI run once failed to remove a store's folder while the index was still being filled).
     */
    @Test
    void closeClosesTheLayersOverTheStoreAndTheStoreOpensAgain() throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        Path store = tmp.resolve("store");
        AtomicBoolean layerClosed = new AtomicBoolean();
        ServedData data = Tdb2Store.open(store, GraphSource.directory(root), false,
                (dataset, index) -> new DatasetGraphWrapper(dataset) {
                    @Override
                    public void close() {
                        layerClosed.set(true);
                        super.close();
                    }
                }, new Context(), new PrintWriter(Writer.nullWriter()));
        data.close();
        assertTrue(layerClosed.get(), "the layer over the store was closed");
        try (MilestonesServer server = serve(root, store, null)) {
            assertEquals(List.of(), server.notes(), "the store was released whole and is reused");
        }
    }

    @Test
    void closeWaitsForAReadStillOnTheStoreThenTheStoreOpensAgain() throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        Path store = tmp.resolve("store");
        ServedData data = Tdb2Store.open(store, GraphSource.directory(root), false, ServedLayer.NONE, new Context(),
                new PrintWriter(Writer.nullWriter()));
        CountDownLatch reading = new CountDownLatch(1);
        AtomicLong readEnded = new AtomicLong();
        Thread reader = Thread.ofPlatform().start(() -> data.readServed(graph -> {
            reading.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readEnded.set(System.nanoTime());
            return graph.size();
        }));
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        data.close();
        long closed = System.nanoTime();
        reader.join();
        assertTrue(readEnded.get() != 0 && readEnded.get() <= closed, "closed only after the read ended");
        try (MilestonesServer server = serve(root, store, null)) {
            assertEquals(List.of(), server.notes(), "the store was released whole and is reused");
        }
    }

    @Test
    void aReadThatOutlastsTheWaitDoesNotKeepTheStoreOpen() throws Exception {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(tmp.resolve("store").toString());
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                Txn.executeRead(store, () -> {
                    reading.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (RuntimeException expected) {
                // the store was closed under it
            }
        });
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        Tdb2Store.release(store, Duration.ofMillis(200));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "did not wait for the read");
        release.countDown();
        reader.join();
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(tmp.resolve("store").toString());
        assertNotSame(store, again, "closed: connecting opens it anew");
        Tdb2Store.release(again, Duration.ZERO);
    }
}
