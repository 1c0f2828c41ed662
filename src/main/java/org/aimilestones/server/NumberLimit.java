package org.aimilestones.server;

import java.math.BigInteger;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Integers and decimals of at most {@value #MAX_DIGITS} digits, where a query could make them grow: Java's big
 * numbers are multiplied, raised and read from text in one call that no deadline can stop (squaring a number of 100
 * million bits takes a minute; reading a million digits, 24 s). {@link ExprGuards} puts a limit around products and
 * powers (their result) and around the argument of a cast to a number (its text); a bigger one stops the request with
 * a {@link RefusedException} (400) that names the limit. Digits in the query text are bounded by {@link QueryBounds}.
 */
final class NumberLimit extends ExprFunction1 {

    /** The most digits of a number a request may read or build. */
    static final int MAX_DIGITS = 10_000;
    /** The most bits of such a number (a little over {@value #MAX_DIGITS} decimal digits). */
    static final long MAX_BITS = (long) Math.ceil(MAX_DIGITS * Math.log(10) / Math.log(2));

    private final boolean text;

    private NumberLimit(Expr expr, boolean text) {
        super(expr, text ? "number-text-limit" : "number-limit");
        this.text = text;
    }

    /** @return expr, whose integer or decimal values must be at most {@value #MAX_DIGITS} digits long */
    static NumberLimit result(Expr expr) {
        return new NumberLimit(expr, false);
    }

    /** @return expr, whose values must be at most {@value #MAX_DIGITS} characters long (read as a number next) */
    static NumberLimit text(Expr expr) {
        return new NumberLimit(expr, true);
    }

    /** @throws RefusedException if a number of bits bits is over the limit */
    static void checkBits(long bits) {
        if (bits > MAX_BITS) {
            throw refused();
        }
    }

    static RefusedException refused() {
        return new RefusedException("The query reads or builds a number of more than " + MAX_DIGITS + " digits, this"
                + " server's limit: use smaller numbers.");
    }

    @Override
    public NodeValue eval(NodeValue value) {
        if (text) {
            if (value.isLiteral() && value.asNode().getLiteralLexicalForm().length() > MAX_DIGITS + 2) {
                throw refused();
            }
        } else if (value.isInteger()) {
            checkBits(value.getInteger().bitLength());
        } else if (value.isDecimal()) {
            BigInteger unscaled = value.getDecimal().unscaledValue();
            checkBits(unscaled.bitLength());
        }
        return value;
    }

    @Override
    public Expr copy(Expr expr) {
        return new NumberLimit(expr, text);
    }
}
