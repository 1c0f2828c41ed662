package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each competency query of queries/ answers exactly its expected result (src/test/resources/expected/NAME.srj,
 * reviewed by hand against the seed): same rows, same labels; in the same order where the query orders.
 */
class CompetencyQueriesTest {

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(rq.size() >= 15, "at least 15 competency queries, found " + rq.size());
            return rq.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        Path expectedFile = Path.of("src/test/resources/expected", name + ".srj");
        if (!Files.exists(expectedFile)) {
            fail("no expected answer " + expectedFile + " for " + file);
        }
        Query query = QueryFactory.read(file.toString());
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
        }
        try (QueryExecution exec = QueryExecution
                .model(ModelFactory.createModelForGraph(ShippedGraph.get().inferred())).query(query).build()) {
            ResultSetRewindable actual = ResultSetFactory.makeRewindable(exec.execSelect());
            boolean same = query.hasOrderBy()
                    ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                    : ResultsCompare.equalsByTerm(expected, actual);
            expected.reset();
            actual.reset();
            assertTrue(same, () -> "answer of " + name + " differs.\nexpected:\n" + text(expected) + "actual:\n"
                    + text(actual));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void isHeadedByItsQuestionInEnglishAndChinese(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 2 && lines.get(0).startsWith("# ") && lines.get(1).startsWith("# "),
                file + " starts with two comment lines: the question in English, then in Chinese");
        assertTrue(lines.get(0).chars().allMatch(c -> c < 0x2E80), file + ": first line is the English question");
        assertTrue(lines.get(1).chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                file + ": second line is the Chinese question");
    }

    private static String text(ResultSet results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.out(out, results);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void founderQueryInSchemaOrgTermsFindsTheSameFoundersAsTheNativeOne() {
        ResultSetRewindable schema = run(Path.of("queries/founders-schema.rq"));
        ResultSetRewindable nativeTerms = run(Path.of("queries/founders.rq"));
        assertTrue(schema.size() > 0, "schema.org terms find founders through RDFS inference");
        assertTrue(ResultsCompare.equalsByTermAndOrder(nativeTerms, schema), "same founders in schema.org terms");
    }

    private static ResultSetRewindable run(Path file) {
        try (QueryExecution exec = QueryExecution
                .model(ModelFactory.createModelForGraph(ShippedGraph.get().inferred()))
                .query(QueryFactory.read(file.toString())).build()) {
            return ResultSetFactory.makeRewindable(exec.execSelect());
        }
    }
}
