package org.aimilestones.server;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A function call whose string result may be at most {@value #MAX_LENGTH} characters long; a longer one stops the
 * request with a {@link RefusedException} (400) that names the limit. {@link ExprGuards} puts it around the functions
 * that build strings longer than their arguments, so no chain of them fills the heap.
 */
final class StringLimit extends ExprFunction1 {

    /** The longest string a query or update may build: 1 Mi characters. */
    static final int MAX_LENGTH = 1 << 20;

    StringLimit(Expr expr) {
        super(expr, "string-limit");
    }

    /** @throws RefusedException if length is over {@value #MAX_LENGTH} */
    static void check(long length) {
        if (length > MAX_LENGTH) {
            throw new RefusedException("The query builds a string longer than " + MAX_LENGTH + " characters, this"
                    + " server's limit: build shorter strings.");
        }
    }

    @Override
    public NodeValue eval(NodeValue value) {
        if (value.isLiteral()) {
            check(value.asNode().getLiteralLexicalForm().length());
        }
        return value;
    }

    @Override
    public Expr copy(Expr expr) {
        return new StringLimit(expr);
    }
}
