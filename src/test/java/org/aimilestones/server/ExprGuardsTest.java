package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which query texts {@link ExprGuards} rewrites: any that may hold an expression to guard, and only those. */
class ExprGuardsTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { ?s ?p ?o }", "SELECT DISTINCT * { ?s ?p ?o }", "SELECT REDUCED  * { ?s ?p ?o }",
        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "SELECT (COUNT( * ) AS ?n) { ?s ?p ?o }",
        "SELECT ?s { ?s ?p ?o FILTER(STRLEN(?o) > 3) }"})
    void textsWithNothingToGuardRunAsParsed(String text) {
        Query query = QueryFactory.create(text);
        assertSame(query, ExprGuards.rewrite(query, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT ?x { BIND(3 * 4 AS ?x) }", "SELECT ?x { BIND(3*4 AS ?x) }",
        "SELECT * { ?s ?p ?o FILTER(REGEX(?o, 'a')) }", "SELECT ?x { BIND(CONCAT('a', 'b') AS ?x) }",
        "SELECT ?x { BIND(<http://www.w3.org/2001/XMLSchema#integer>('5') AS ?x) }",
        "SELECT * { ?s <http://e/p>* ?o }"})
    void textsThatMayHoldOneAreRewritten(String text) {
        Query query = QueryFactory.create(text);
        assertNotSame(query, ExprGuards.rewrite(query, text));
    }
}
