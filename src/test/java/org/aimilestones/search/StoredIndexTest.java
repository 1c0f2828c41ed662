package org.aimilestones.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.aimilestones.load.IndexHome;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index kept in a TDB2 store's folder: made at the first start, reused while it matches the store, made
 * again after a write that did not finish or a change by another program; what it finds is always what the store holds.
 */
class StoredIndexTest {

    private static final String REBUILT = "search index: making it";

    @TempDir
    Path store;

    /** One start of a server over the store: the store wrapped with its kept index; what the start printed. */
    private String start(Consumer<DatasetGraph> use) {
        StringWriter progress = new StringWriter();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        DatasetGraph indexed = TextIndex.wrap(tdb, new IndexHome.BesideStore(store, new PrintWriter(progress)));
        try {
            use.accept(indexed);
        } finally {
            indexed.close();
            TDBInternal.expel(tdb);
        }
        return progress.toString();
    }

    private static void write(DatasetGraph dsg, String update) {
        Txn.executeWrite(dsg, () -> UpdateExec.dataset(dsg)
                .update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + update).execute());
    }

    private static List<String> found(DatasetGraph dsg, String words) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg)
                .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '" + words
                        + "' } ORDER BY ?s")
                .select().materialize().stream().map(b -> b.get("s").getURI()).toList());
    }

    /** Another program changes the store: no index is told. */
    private void writeBehindItsBack(String update) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            write(tdb, update);
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    @Test
    void madeOnceReusedAndFollowingWrites() {
        writeBehindItsBack("INSERT DATA { <http://e/alexnet> rdfs:label 'AlexNet' }");
        String first = start(dsg -> assertEquals(List.of("http://e/alexnet"), found(dsg, "alexnet")));
        assertTrue(first.contains(REBUILT), "the first start makes the index: " + first);
        assertTrue(first.contains("search index: indexed 1 triples"), first);
        assertTrue(Files.isDirectory(store.resolve(StoredIndex.DIR)), "kept in the store's folder");

        String second = start(dsg -> {
            assertEquals(List.of("http://e/alexnet"), found(dsg, "alexnet"));
            write(dsg, "INSERT DATA { <http://e/resnet> rdfs:label 'ResNet' }");
            write(dsg, "DELETE DATA { <http://e/alexnet> rdfs:label 'AlexNet' }");
            assertEquals(List.of("http://e/resnet"), found(dsg, "resnet"));
            assertEquals(List.of(), found(dsg, "alexnet"));
        });
        assertFalse(second.contains(REBUILT), "the index matched the store: " + second);
        assertFalse(Files.exists(store.resolve(StoredIndex.WRITING)), "no write is under way");

        String third = start(dsg -> {
            assertEquals(List.of("http://e/resnet"), found(dsg, "resnet"));
            assertEquals(List.of(), found(dsg, "alexnet"));
        });
        assertFalse(third.contains(REBUILT), "the writes were recorded with the index: " + third);
    }

    @Test
    void aWriteThatDidNotFinishMakesItAgain() throws Exception {
        writeBehindItsBack("INSERT DATA { <http://e/alexnet> rdfs:label 'AlexNet' }");
        start(dsg -> found(dsg, "alexnet"));
        // what kill -9 between the marker and its removal leaves
        Files.createFile(store.resolve(StoredIndex.WRITING));
        String next = start(dsg -> assertEquals(List.of("http://e/alexnet"), found(dsg, "alexnet")));
        assertTrue(next.contains(REBUILT), next);
        assertFalse(Files.exists(store.resolve(StoredIndex.WRITING)), "made again, the marker is gone");
        assertFalse(start(dsg -> found(dsg, "alexnet")).contains(REBUILT));
    }

    @Test
    void aStoreChangedByAnotherProgramMakesItAgain() {
        writeBehindItsBack("INSERT DATA { <http://e/alexnet> rdfs:label 'AlexNet' }");
        start(dsg -> found(dsg, "alexnet"));
        writeBehindItsBack("INSERT DATA { <http://e/gan> rdfs:label 'GAN' }");
        String next = start(dsg -> assertEquals(List.of("http://e/gan"), found(dsg, "gan")));
        assertTrue(next.contains(REBUILT), next);
        writeBehindItsBack("DELETE DATA { <http://e/gan> rdfs:label 'GAN' }");
        String after = start(dsg -> assertEquals(List.of(), found(dsg, "gan")));
        assertTrue(after.contains(REBUILT), "a delete changes the store's state too: " + after);
    }

    @Test
    void anIndexOfAnotherFormatOrBrokenIsMadeAgain() throws Exception {
        writeBehindItsBack("INSERT DATA { <http://e/alexnet> rdfs:label 'AlexNet' }");
        start(dsg -> found(dsg, "alexnet"));
        try (var files = Files.list(store.resolve(StoredIndex.DIR))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        String next = start(dsg -> assertEquals(List.of("http://e/alexnet"), found(dsg, "alexnet")));
        assertTrue(next.contains(REBUILT), next);
    }
}
