package org.aimilestones.server;

import java.math.BigInteger;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NumericType;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.library.Math_pow;

/**
 * {@code math:pow} with integer arguments refused before it computes a power of more than {@link
 * NumberLimit#MAX_DIGITS} digits ({@code math:pow(10, 100000000)} computes for seconds in one call, a larger exponent
 * overflows Java's range); otherwise Jena's {@code math:pow}.
 */
final class PowLimit extends ExprFunction2 {

    static final String IRI = "http://www.w3.org/2005/xpath-functions/math#pow";

    PowLimit(Expr base, Expr exponent) {
        super(base, exponent, "math-pow-limit");
    }

    @Override
    public NodeValue eval(NodeValue base, NodeValue exponent) {
        if (XSDFuncOp.classifyNumeric("pow", base, exponent) == NumericType.OP_INTEGER) {
            BigInteger x = base.getInteger();
            BigInteger y = exponent.getInteger();
            if (y.signum() > 0 && x.abs().compareTo(BigInteger.ONE) > 0) {
                // the power has at least (bits of |x| - 1) * y bits
                if (y.bitLength() > 31 || (long) (x.abs().bitLength() - 1) * y.longValue() > NumberLimit.MAX_BITS) {
                    throw NumberLimit.refused();
                }
            }
        }
        return new Math_pow().exec(base, exponent);
    }

    @Override
    public Expr copy(Expr base, Expr exponent) {
        return new PowLimit(base, exponent);
    }
}
