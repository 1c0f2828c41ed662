package org.aimilestones.w3c;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aimilestones.load.GraphSource;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.testing.Fixture;

/** A real ai-milestones server over the fixture data on a free port, for the W3C conformance tests; updates optional. */
final class ConformanceServer implements AutoCloseable {

    static final String USER = "w3c";
    static final String PASSWORD = "conformance";

    final MilestonesServer server;
    final String base;
    final boolean updates;

    private ConformanceServer(MilestonesServer server, boolean updates) {
        this.server = server;
        this.base = server.url();
        this.updates = updates;
    }

    /** Starts a server over a fresh copy of the fixture data under dir; with updates, one user may write. */
    static ConformanceServer start(Path dir, boolean updates) throws Exception {
        ServerConfig.Builder config = ServerConfig.builder()
                .source(GraphSource.directory(Fixture.projectRoot(dir.resolve("project")))).port(0);
        if (updates) {
            config.allowUpdate(true).passwordFile(Files.writeString(dir.resolve("passwords"), USER + ": " + PASSWORD + "\n"));
        }
        return new ConformanceServer(MilestonesServer.start(config.build()), updates);
    }

    String sparql() {
        return base + "ai-milestones/sparql";
    }

    /** @return a request to the query endpoint; suffix is the manifest's path after "/sparql/" (e.g. "?query=…") */
    Call query(String method, String suffix) {
        return new Call(method, sparql() + suffix);
    }

    /** @return a request to the update endpoint, with the credentials */
    Call update(String method, String suffix) {
        return new Call(method, base + "ai-milestones/update" + suffix).auth(USER, PASSWORD);
    }

    /** @return a request to the read-write Graph Store endpoint, with the credentials */
    Call data(String method, String suffix) {
        return new Call(method, base + "ai-milestones/data" + suffix).auth(USER, PASSWORD);
    }

    /** @return a request to the read-only Graph Store endpoint */
    Call get(String method, String suffix) {
        return new Call(method, base + "ai-milestones/get" + suffix);
    }

    /** Runs a SPARQL update (test set-up), which must succeed. */
    void run(String update) {
        update("POST", "").type("application/sparql-update").body(update).send().status(204);
    }

    @Override
    public void close() {
        server.close();
    }
}
