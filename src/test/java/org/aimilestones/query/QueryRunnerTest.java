package org.aimilestones.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.testing.Fixture;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named queries are found by name, file name or path, and run over the inferred graph in every result format. */
class QueryRunnerTest {

    @TempDir
    Path tmp;

    private GraphSource source;
    private NamedQueries queries;
    private QueryRunner runner;

    @BeforeEach
    void load() throws Exception {
        source = GraphSource.directory(Fixture.projectRoot(tmp));
        queries = new NamedQueries(source);
        runner = new QueryRunner(KnowledgeGraph.load(source));
    }

    private String run(String text, ResultFormat format) throws Exception {
        StringWriter out = new StringWriter();
        runner.run(QueryRunner.parse(text, "test.rq"), format, out);
        return out.toString();
    }

    @Test
    void listsAndResolvesNamedQueries() {
        assertEquals(List.of("alexnet", "events"), queries.names());
        Path alexnet = source.queriesDir().resolve("alexnet.rq");
        assertEquals(Optional.of(alexnet), queries.resolve("alexnet"));
        assertEquals(Optional.of(alexnet), queries.resolve("alexnet.rq"));
        assertEquals(Optional.of(alexnet), queries.resolve(alexnet.toString()));
        assertEquals(Optional.empty(), queries.resolve("nonesuch"));
    }

    @Test
    void selectRunsOverTheInferredGraphInEveryFormat() throws Exception {
        String text = Files.readString(queries.resolve("events").orElseThrow());
        String table = run(text, ResultFormat.TABLE);
        assertTrue(table.contains("res:google-brain-cat"), table);
        assertTrue(table.indexOf("Google Brain") < table.indexOf("AlexNet wins"), "ordered by date");
        assertTrue(run(text, ResultFormat.CSV).startsWith("event,label\r\n"));
        assertTrue(run(text, ResultFormat.TSV).startsWith("?event\t?label\n"));
        assertTrue(run(text, ResultFormat.JSON).contains("\"vars\""));
        assertTrue(run(text, ResultFormat.XML).contains("<sparql"));
    }

    @Test
    void projectPrefixesArePredeclared() throws Exception {
        assertTrue(run("ASK { res:alexnet a aimil:Artifact }", ResultFormat.TABLE).strip().endsWith("yes"));
        assertTrue(run("ASK { res:alexnet a aimil:Event }", ResultFormat.JSON).contains("false"));
    }

    @Test
    void constructIsWrittenAsTurtle() throws Exception {
        String turtle = run("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a aimil:Team ; rdfs:label ?l }",
                ResultFormat.TABLE);
        assertTrue(turtle.contains("res:supervision-team"), turtle);
        assertTrue(turtle.contains("\"SuperVision\"@en"), turtle);
    }

    @Test
    void malformedQueryReportsFileLineAndColumn() {
        String text = "PREFIX ex: <http://example.org/>\n\nSELECT ?s WHERE {\n  ?s ?p \n  FILTER(\n}\n";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryRunner.parse(text, "q.rq"));
        assertEquals(5, e.line(), "the unexpected FILTER");
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith("q.rq:5:3: Encountered "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "the long list of expected tokens is left out");
    }
}
