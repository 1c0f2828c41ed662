package org.aimilestones.push;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.aimilestones.cli.PushCommand;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.testing.CliRun;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ai-milestones push into a second ai-milestones server (updates on, HTTP Basic, Graph Store Protocol at /ai-milestones/data, a TDB2 store).
 * The store is read directly once the server is closed, since the server answers with RDFS entailments added.
 */
class PushToMilestonesTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret";
    private static final String GRAPH = PushCommand.DEFAULT_GRAPH;

    @TempDir
    Path tmp;

    /** Serves a fresh store with updates on, runs the pushes against its /ai-milestones/data, and returns its store. */
    private Path pushTo(Function<String, Boolean> pushes) throws Exception {
        Path users = Files.writeString(tmp.resolve("users"), USER + ": " + PASSWORD + "\n");
        Path store = tmp.resolve("store");
        ServerConfig config = ServerConfig.builder().source(GraphSource.bundled()).port(0).tdb2(store)
                .maxBody(64L << 20).allowUpdate(true).passwordFile(users).build();
        try (MilestonesServer server = MilestonesServer.start(config)) {
            assertTrue(pushes.apply(server.url() + "ai-milestones/data"));
        }
        return store;
    }

    private CliRun push(String url, String password, String... more) {
        try {
            Path file = Files.writeString(Files.createTempFile(tmp, "password", ""), USER + ":" + password + "\n");
            String[] args = {"push", url, "--password-file", file.toString()};
            String[] all = new String[args.length + more.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(more, 0, all, args.length, more.length);
            return cli(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a copy of the named graph of the TDB2 store in dir (empty if it has none) */
    private static Graph storedGraph(Path dir, String name) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            return Txn.calculateRead(store, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
                return copy;
            });
        } finally {
            TDBInternal.expel(store);
        }
    }

    @Test
    void pushedGraphIsStoredIsomorphicToTheAssertedGraph() throws Exception {
        Graph asserted = KnowledgeGraph.load(GraphSource.bundled()).asserted();
        Path store = pushTo(url -> {
            CliRun run = push(url, PASSWORD);
            assertEquals(0, run.exitCode(), run.out() + run.err());
            return run.out().startsWith("pushed ");
        });
        Graph stored = storedGraph(store, GRAPH);
        assertTrue(stored.isIsomorphicWith(asserted), "stored " + stored.size() + " of " + asserted.size());
    }

    @Test
    void wrongPasswordExitsOneAndChangesNothing() throws Exception {
        Graph asserted = KnowledgeGraph.load(GraphSource.bundled()).asserted();
        Path store = pushTo(url -> {
            assertEquals(0, push(url, PASSWORD).exitCode());
            CliRun replace = push(url, "wrong", "--inferred");
            CliRun other = push(url, "wrong", "--graph", "urn:x-aimil:other");
            assertEquals(1, replace.exitCode(), replace.out() + replace.err());
            assertEquals(1, other.exitCode(), other.out() + other.err());
            return replace.err().startsWith("authentication failed") && other.err().startsWith("authentication failed");
        });
        assertTrue(storedGraph(store, GRAPH).isIsomorphicWith(asserted), "the graph changed");
        assertTrue(storedGraph(store, "urn:x-aimil:other").isEmpty(), "a graph was created");
    }
}
