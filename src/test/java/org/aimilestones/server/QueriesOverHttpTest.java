package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query of queries/, sent by a real SPARQL client over HTTP, answers as it does in-process. */
class QueriesOverHttpTest {

    private static KnowledgeGraph kg;
    private static MilestonesServer server;

    @BeforeAll
    static void start() throws Exception {
        GraphSource src = GraphSource.directory(Path.of("."));
        kg = KnowledgeGraph.load(src);
        server = MilestonesServer.start(ServerConfig.builder().source(src).port(0).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameAnswerOverHttpAsInProcess(Path file) {
        Query query = QueryFactory.read(file.toString());
        ResultSetRewindable local;
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(kg.inferred()))
                .query(query).build()) {
            local = ResultSetFactory.makeRewindable(exec.execSelect());
        }
        ResultSetRewindable remote;
        try (RDFConnection conn = RDFConnectionRemote.service(server.url() + "ai-milestones").queryEndpoint("sparql").build();
                QueryExecution exec = conn.query(query)) {
            remote = ResultSetFactory.makeRewindable(exec.execSelect());
        }
        boolean same = query.hasOrderBy() ? ResultsCompare.equalsByTermAndOrder(local, remote)
                : ResultsCompare.equalsByTerm(local, remote);
        local.reset();
        remote.reset();
        assertTrue(same, () -> file + " differs over HTTP.\nin-process:\n" + ResultSetFormatter.asText(local)
                + "\nover HTTP:\n" + ResultSetFormatter.asText(remote));
        assertTrue(local.size() > 0, file + " has answers");
    }
}
