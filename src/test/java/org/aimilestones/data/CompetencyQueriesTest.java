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
import org.aimilestones.query.CompetencyAnswers;
import org.aimilestones.query.CompetencyAnswers.Comparison;
import org.aimilestones.query.CompetencyAnswers.Competency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each competency query answers exactly its expected answer ({@link CompetencyAnswers}: the cross-source queries of
 * queries/, regenerated with `ai-milestones expected --update` and reviewed in the diff it prints, and the per-source
 * queries of queries/by-source/SOURCE/, which no other source may change): same rows, same labels; in the same order
 * where the query orders.
 */
class CompetencyQueriesTest {

    static Stream<Competency> competencies() {
        List<Competency> all = new CompetencyAnswers(Path.of(".")).all();
        assertTrue(all.stream().filter(c -> !c.perSource()).count() >= 15, "at least 15 cross-source queries");
        return all.stream();
    }

    static Stream<Path> queries() {
        return competencies().map(Competency::query);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("competencies")
    void answersAsExpected(Competency c) {
        assertTrue(Files.exists(c.expected()), () -> "no expected answer " + c.expected() + " for " + c.query()
                + (c.perSource() ? "" : ": `bin/ai-milestones expected --update` writes it"));
        Comparison cmp = CompetencyAnswers.compare(c, ShippedGraph.get().inferred(), ShippedGraph.get().prefixes());
        assertTrue(cmp.same(), () -> "answer of " + c.name() + " differs (- expected, + now):\n"
                + String.join("\n", cmp.diff()) + (c.perSource() ? "\na per-source answer changes only with its own"
                        + " source's data" : "\nreview it, then `bin/ai-milestones expected --update`"));
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
