package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.StoreState;
import org.aimilestones.testing.Fixture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole graph's figures kept in a TDB2 store's folder: reused while the store is as they were read, else read again. */
class StoredFiguresTest {

    @TempDir
    Path tmp;

    private static final ServedFigures FIGURES = new ServedFigures(42,
            Map.of(NodeFactory.createURI("http://example.org/C"), 3L),
            Map.of(RDF.Nodes.type, 3L, RDFS.Nodes.label, 39L),
            List.of("alexnet", "turing-award"));

    @Test
    void keptFiguresAreReadBackOnlyAtTheStateTheyWereKeptAt() throws Exception {
        StoredFigures stored = new StoredFigures(tmp);
        assertEquals(Optional.empty(), stored.kept("abc"), "nothing kept yet");
        stored.keep(FIGURES, "abc");
        assertEquals(Optional.of(FIGURES), stored.kept("abc"));
        assertEquals(Optional.empty(), stored.kept("abd"), "another state");
        Path file = tmp.resolve(StoredFigures.FILE);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("end")));
        assertEquals(Optional.empty(), stored.kept("abc"), "a cut file is not used");
        Files.writeString(file, text.replace("triples 42", "triples forty-two"));
        assertEquals(Optional.empty(), stored.kept("abc"), "a damaged file is not used");
        Files.writeString(file, text.replace("figures 1", "figures 9"));
        assertEquals(Optional.empty(), stored.kept("abc"), "another format is not used");
    }

    @Test
    void aRestartReusesTheFiguresUntilTheStoreChanges() throws Exception {
        Path root = Fixture.projectRoot(tmp.resolve("project"));
        Path store = tmp.resolve("store");
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: pw\n");
        long counted;
        try (MilestonesServer server = serve(root, store, passwords)) {
            counted = server.triples();
        }
        Path file = store.resolve(StoredFigures.FILE);
        String kept = Files.readString(file);
        assertTrue(kept.contains("\nstate " + StoreState.of(store) + "\ntriples " + counted + "\n"), kept);
        // the same state with another count: a restart takes the file's figures, without reading the store
        Files.writeString(file, kept.replace("triples " + counted + "\n", "triples 7\n"));
        long after;
        try (MilestonesServer server = serve(root, store, passwords)) {
            assertEquals(7, server.triples(), "the kept figures");
            DatasetGraph data = server.dataset();
            Node event = NodeFactory.createURI("https://w3id.org/ai-milestones/resource/kept-figures-test");
            Txn.executeWrite(data, () -> data.getDefaultGraph().add(event, RDFS.Nodes.label,
                    NodeFactory.createLiteralLang("A test", "en")));
            after = server.triples();
            // the label, and the schema:name RDFS entails from it
            assertEquals(counted + 2, after, "after a write, read from the store again");
        }
        assertNotEquals(kept, Files.readString(file));
        assertTrue(Files.readString(file).contains("\nstate " + StoreState.of(store) + "\ntriples " + after + "\n"),
                "kept for the new state");
    }

    private static MilestonesServer serve(Path root, Path store, Path passwords) throws Exception {
        return MilestonesServer.start(ServerConfig.builder().source(GraphSource.directory(root)).port(0).tdb2(store)
                .allowUpdate(true).passwordFile(passwords).build());
    }
}
