package org.aimilestones.push;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.aimilestones.cli.PushCommand;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.aimilestones.testing.CliRun;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * ai-milestones push against a real Fuseki server on a free port, its dataset's Graph Store Protocol endpoint behind the
 * authentication scheme a subclass chooses. The graph is read back over HTTP with Jena's own client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FusekiPushContract {

    private static final String USER = "ai-milestones";
    private static final String PASSWORD = "s3cret: with spaces";
    private static final String GRAPH = PushCommand.DEFAULT_GRAPH;

    private Path tmp;
    private FusekiServer server;
    private DatasetGraph dataset;
    private String url;
    private Path users;
    private Graph asserted;

    /** @return the scheme the server requires, BASIC or DIGEST */
    abstract AuthScheme scheme();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException, LoadException {
        tmp = dir;
        // Jetty watches the users file for changes until the JVM ends, so it must outlive the test's folder
        users = Files.writeString(Files.createTempFile("ai-milestones-users", ".properties"), USER + ": " + PASSWORD + "\n");
        users.toFile().deleteOnExit();
        dataset = DatasetGraphFactory.createTxnMem();
        server = FusekiServer.create().port(0).loopback(true).realm("ai-milestones").passwordFile(users.toString())
                .auth(scheme()).serverAuthPolicy(Auth.ANY_USER).add("/ds", dataset).build().start();
        url = "http://localhost:" + server.getPort() + "/ds";
        AuthEnv.get().registerUsernamePassword(URI.create(url), USER, PASSWORD);
        asserted = KnowledgeGraph.load(GraphSource.bundled()).asserted();
    }

    @AfterAll
    void stop() {
        AuthEnv.get().clearAuthEnv();
        server.stop();
    }

    @BeforeEach
    void emptyStore() {
        Txn.executeWrite(dataset, dataset::clear);
    }

    @Test
    void pushedGraphReadsBackIsomorphicToTheAssertedGraph() throws IOException {
        CliRun run = push(users, "--user", USER); // the password file the server reads
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("pushed " + String.format(Locale.ROOT, "%,d", asserted.size()) + " triples to <" + GRAPH
                + "> at " + url), run.out());
        Graph readBack = GSP.service(url).graphName(GRAPH).GET();
        assertTrue(readBack.isIsomorphicWith(asserted), "read back " + readBack.size() + " of " + asserted.size());
    }

    @Test
    void pushingAgainReplacesTheGraph() throws IOException {
        Path userLine = passwordFile("user-line", USER + ":" + PASSWORD);
        succeeds(push(userLine, "--inferred"));
        long inferred = storedSize();
        succeeds(push(userLine));
        succeeds(push(userLine));
        assertTrue(inferred > asserted.size(), "inferred " + inferred + ", asserted " + asserted.size());
        assertEquals(asserted.size(), storedSize());
    }

    @Test
    void wrongPasswordFailsAndLeavesTheStoreUnchanged() throws IOException {
        succeeds(push(passwordFile("right", USER + ":" + PASSWORD), "--graph", "urn:aimil:before"));
        Set<Quad> before = snapshot();
        CliRun run = push(passwordFile("wrong", USER + ":not-the-password"));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("authentication failed"), run.err());
        assertEquals(before, snapshot(), "the store changed");
        assertEquals(0, Txn.calculateRead(dataset,
                () -> dataset.getGraph(NodeFactory.createURI(GRAPH)).size()));
    }

    private static void succeeds(CliRun run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private CliRun push(Path passwordFile, String... more) {
        String[] args = {"push", url, "--auth", scheme().name().toLowerCase(Locale.ROOT), "--password-file",
            passwordFile.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return cli(all);
    }

    private Path passwordFile(String name, String line) throws IOException {
        return Files.writeString(tmp.resolve(name), line + "\n");
    }

    private long storedSize() {
        return Txn.calculateRead(dataset, () -> (long) dataset.getGraph(NodeFactory.createURI(GRAPH)).size());
    }

    /** Every quad of the store, for comparing before and after. */
    private Set<Quad> snapshot() {
        return Txn.calculateRead(dataset, () -> Iter.toSet(dataset.find()));
    }
}
