package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link ParsedQueries} gives is always what the parser gives for the same text: for the competency queries and
 * their variants with other constants, and for every kind of constant that must stay in the template; and texts that
 * differ only in constants are parsed once.
 */
class ParsedQueriesTest {

    private static Query direct(String text) {
        return QueryFactory.create(text, ParsedQueries.BASE, Syntax.syntaxARQ);
    }

    private static void same(String text, Query query) {
        Query expected = direct(text);
        assertEquals(expected, query, text);
        assertEquals(expected.serialize(), query.serialize(), text);
        assertEquals(expected.getResultVars(), query.getResultVars(), text);
        assertEquals(Algebra.compile(expected), Algebra.compile(query), text);
    }

    static Stream<Path> competencyQueries() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    /** The benchmark's distinct variant: BIND(n AS ?bench_n) before the WHERE clause's closing brace. */
    private static String variant(String text, int n) {
        int cut = text.lastIndexOf('}');
        return text.substring(0, cut) + " BIND(" + n + " AS ?bench_n) " + text.substring(cut);
    }

    @ParameterizedTest
    @MethodSource("competencyQueries")
    void competencyQueriesAndTheirVariantsParseAsTheParserParsesThem(Path file) throws IOException {
        String text = Files.readString(file);
        ParsedQueries parsed = new ParsedQueries(16);
        same(text, parsed.parse(text));
        same(text, parsed.parse(text));
        for (int n = 1; n <= 5; n++) {
            same(variant(text, n * 7919), parsed.parse(variant(text, n * 7919)));
        }
        assertTrue(parsed.reused() >= 4, file + ": the variants reuse the first one's parse: " + parsed.reused());
    }

    @Test
    void constantsOfEveryKindArePutBack() {
        ParsedQueries parsed = new ParsedQueries(64);
        List<String[]> pairs = List.of(
                new String[] {"SELECT * { ?s ?p 12 }", "SELECT * { ?s ?p 7 }"},
                new String[] {"SELECT * { ?s ?p 1.5 }", "SELECT * { ?s ?p .25 }"},
                new String[] {"SELECT * { ?s ?p 1e3 }", "SELECT * { ?s ?p 2.5E-3 }"},
                new String[] {"SELECT * { ?s ?p 'a' }", "SELECT * { ?s ?p 'b c' }"},
                new String[] {"SELECT * { ?s ?p \"a\" }", "SELECT * { ?s ?p \"\" }"},
                new String[] {"SELECT ?s { ?s ?p ?o FILTER(?o > 3 && str(?o) != 'x') }",
                        "SELECT ?s { ?s ?p ?o FILTER(?o > 4 && str(?o) != 'y') }"},
                new String[] {"SELECT ?s { ?s ?p ?o FILTER(regex(?o, 'ab+', 'i')) }",
                        "SELECT ?s { ?s ?p ?o FILTER(regex(?o, 'c.d', 'i')) }"},
                new String[] {"SELECT ?s (count(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (count(*) > 2)",
                        "SELECT ?s (count(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (count(*) > 9)"},
                new String[] {"SELECT * { { SELECT ?s { ?s ?p 3 } } ?s ?q 'x' }",
                        "SELECT * { { SELECT ?s { ?s ?p 4 } } ?s ?q 'y' }"},
                new String[] {"ASK { ?s ?p ?o FILTER NOT EXISTS { ?s ?q 2 } }",
                        "ASK { ?s ?p ?o FILTER NOT EXISTS { ?s ?q 3 } }"},
                new String[] {"CONSTRUCT { ?s <http://e/p> 'made' } { ?s ?p 1 }",
                        "CONSTRUCT { ?s <http://e/p> 'other' } { ?s ?p 2 }"},
                new String[] {"SELECT * { ?s ?p ?o } ORDER BY (?o + 1)", "SELECT * { ?s ?p ?o } ORDER BY (?o + 2)"},
                new String[] {"SELECT ?s { ?s <http://jena.apache.org/text#query> ('deep' 5) }",
                        "SELECT ?s { ?s <http://jena.apache.org/text#query> ('neural' 9) }"});
        for (String[] pair : pairs) {
            same(pair[0], parsed.parse(pair[0]));
            long before = parsed.reused();
            same(pair[1], parsed.parse(pair[1]));
            assertEquals(before + 1, parsed.reused(), "reused: " + pair[1]);
        }
    }

    @Test
    void constantsThatMustStayInTheTemplateStayThere() {
        ParsedQueries parsed = new ParsedQueries(64);
        List<String> texts = new ArrayList<>();
        for (int n : new int[] {1, 2}) {
            texts.addAll(List.of(
                    "SELECT * { ?s ?p ?o } LIMIT " + n + " OFFSET " + (n + 1),
                    "SELECT * { VALUES ?o { " + n + " 'v" + n + "' } ?s ?p ?o }",
                    "SELECT * { ?s ?p ?o } VALUES (?o ?p) { (" + n + " 'x') (UNDEF 3) }",
                    "SELECT (group_concat(?o; separator='" + n + "') AS ?all) { ?s ?p ?o }",
                    "SELECT * { ?s ?p -" + n + " }",
                    "SELECT * { ?s ?p ?o FILTER(?o = +" + n + ") }",
                    "SELECT * { ?s ?p ?o FILTER(?o - " + n + " > 0) }",
                    "SELECT * { ?s ?p 'a" + n + "'@en }",
                    "SELECT * { ?s ?p '" + n + "'^^<http://www.w3.org/2001/XMLSchema#int> }",
                    "SELECT * { ?s ?p 'tab\\t" + n + "' }",
                    "SELECT * { ?s ?p '''long " + n + "''' }",
                    "SELECT * { ?s <http://e/p" + n + "> ?o } # a comment with " + n + " in it",
                    "PREFIX ex: <http://e/> SELECT * { ex:a" + n + " ex:" + n + "b _:b" + n + " }",
                    "SELECT * { ?s <http://e/p>{" + n + "} ?o }",
                    // a variable is not allowed there: the template does not parse
                    "SELECT (" + n + " AS ?one) (count(*) AS ?n) { ?s ?p ?o } GROUP BY ?s",
                    "SELECT ?x" + n + " { ?x" + n + " ?p ?o }"));
        }
        for (String text : texts) {
            same(text, parsed.parse(text));
        }
    }

    @Test
    void errorsAreTheParsersForTheTextAsSent() {
        ParsedQueries parsed = new ParsedQueries(8);
        parsed.parse("SELECT * { ?s ?p 1 }");
        parsed.parse("SELECT * { ?s ?p ?o FILTER(regex(?o, 'a', 'i')) }");
        for (String text : List.of("SELECT * { ?s ?p 2 ", "SELECT * { ?s ?p 'unended }", "SELECT * { ?s ?p 2 } }",
                "SELECT * { ?s ?p ?__aimil_i0 . ?s ?q 1 ", "SELECT * { ?s ?p ?o FILTER(regex(?o, '(', 'i')) }",
                "SELECT * { ?s ?p ?o FILTER(?o<1&&?o>0) }")) {
            RuntimeException expected = assertThrows(RuntimeException.class, () -> direct(text), text);
            RuntimeException got = assertThrows(RuntimeException.class, () -> parsed.parse(text), text);
            assertEquals(expected.getClass(), got.getClass(), text);
            assertEquals(expected.getMessage(), got.getMessage(), text);
        }
    }

    @Test
    void randomConstantsInTheCompetencyQueries() throws IOException {
        Random random = new Random(20261204);
        ParsedQueries parsed = new ParsedQueries(8);
        for (Path file : competencyQueries().toList()) {
            String text = Files.readString(file);
            for (int round = 0; round < 4; round++) {
                String changed = text.replaceAll("\"en\"", "\"" + (round % 2 == 0 ? "en" : "zh") + "\"")
                        .replaceAll("(?<![\\w:.-])(\\d{4})(?![\\w.])", Integer.toString(2000 + random.nextInt(30)));
                changed = variant(changed, random.nextInt(1_000_000));
                same(changed, parsed.parse(changed));
            }
        }
    }

    @Test
    void atMostTheGivenNumberOfTemplatesIsKept() {
        assertThrows(IllegalArgumentException.class, () -> new ParsedQueries(0));
        ParsedQueries parsed = new ParsedQueries(2);
        parsed.parse("SELECT * { ?s ?p 1 }");
        parsed.parse("SELECT * { ?s ?q 1 }");
        parsed.parse("SELECT * { ?s ?r 1 }");
        parsed.parse("SELECT * { ?s ?p 2 }"); // its template was dropped: parsed again
        assertEquals(0, parsed.reused());
        parsed.parse("SELECT * { ?s ?r 3 }");
        assertEquals(1, parsed.reused());
    }
}
