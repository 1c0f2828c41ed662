package org.aimilestones.push;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The server's password file, in the format of serve --password-file, which push reads too. */
    private Path users() throws IOException {
        return Files.writeString(tmp.resolve("users"), "# who may update\n" + USER + ": " + PASSWORD + "\n");
    }

    /**
     * Serves a fresh store with updates on and {@link #users()} as its password file, runs the pushes against it
     * (given its base URL, e.g. http://127.0.0.1:PORT/), and returns its store.
     */
    private Path pushToServer(Function<String, Boolean> pushes) throws Exception {
        Path store = tmp.resolve("store");
        ServerConfig config = ServerConfig.builder().source(GraphSource.bundled()).port(0).tdb2(store)
                .maxBody(64L << 20).allowUpdate(true).passwordFile(users()).build();
        try (MilestonesServer server = MilestonesServer.start(config)) {
            assertTrue(pushes.apply(server.url()));
        }
        return store;
    }

    /** As {@link #pushToServer}, the pushes given the URL of its Graph Store Protocol endpoint /ai-milestones/data. */
    private Path pushTo(Function<String, Boolean> pushes) throws Exception {
        return pushToServer(base -> pushes.apply(base + "ai-milestones/data"));
    }

    private CliRun push(String url, String password, String... more) {
        try {
            Path file = Files.writeString(Files.createTempFile(tmp, "password", ""), USER + ": " + password + "\n");
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

    /**
     * The example of push --help and of docs/scale.md, taken literally (only the host and port are this server's),
     * with the password file the server itself reads.
     */
    @Test
    void theExampleOfHelpAndDocsWorksWithTheServersOwnPasswordFile() throws Exception {
        String help = cli("push", "--help").out();
        Matcher helpExample = Pattern.compile("ai-milestones push (http://localhost:3030/\\S+) \\\\\n *--password-file"
                + " users\n").matcher(help);
        assertTrue(helpExample.find(), help);
        Matcher docsExample = Pattern.compile("bin/ai-milestones push (http://localhost:3030/\\S+) --password-file")
                .matcher(Files.readString(Path.of("docs", "scale.md")));
        assertTrue(docsExample.find(), "docs/scale.md has a push example to a local server");
        assertEquals(helpExample.group(1), docsExample.group(1), "the same example in both");
        Graph asserted = KnowledgeGraph.load(GraphSource.bundled()).asserted();
        Path store = pushToServer(base -> {
            String url = helpExample.group(1).replace("http://localhost:3030/", base);
            CliRun run;
            try {
                run = cli("push", url, "--password-file", users().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(0, run.exitCode(), url + ": " + run.out() + run.err());
            return run.out().startsWith("pushed " + String.format(Locale.ROOT, "%,d", asserted.size()) + " triples");
        });
        assertTrue(storedGraph(store, GRAPH).isIsomorphicWith(asserted));
    }

    @Test
    void aUrlThatIsNoGraphStoreEndpointSaysWhichIs() throws Exception {
        pushToServer(base -> {
            CliRun run = push(base + "ai-milestones", PASSWORD);
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertEquals(base + "ai-milestones answered HTTP 400: No endpoint for request; is it the store's Graph"
                    + " Store Protocol endpoint? (for ai-milestones serve --allow-update:"
                    + " http://HOST:PORT/ai-milestones/data)\n", run.err());
            return true;
        });
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
