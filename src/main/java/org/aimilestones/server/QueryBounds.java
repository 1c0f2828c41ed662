package org.aimilestones.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Bounds on the shape of a query, for what no deadline can stop: the parser, the algebra and the optimizer recurse
 * over a query's nesting (1,000 nested groups overflowed the stack; 5,000 {@code &&} in a row too) and the optimizer
 * takes time exponential in the nesting of EXISTS (26 levels of {@code NOT EXISTS} took 11 s before the query even
 * ran). A query beyond a bound is refused with a 400 that names it, before it is parsed (brackets) or run (the rest).
 */
final class QueryBounds {

    /** Brackets ({, ( and [) open at once, counted in the text before it is parsed. */
    static final int MAX_BRACKETS = 64;
    /** Operators and function calls nested in one expression. */
    static final int MAX_EXPRESSION_DEPTH = 200;
    /** EXISTS, NOT EXISTS and subqueries nested in each other. */
    static final int MAX_SUBQUERY_DEPTH = 12;

    /** The start of the datatype of a literal that Jena reads as a number. */
    private static final Pattern NUMBER_TYPE = Pattern.compile(
            "\\^\\^\\s*\\S*?(?i:integer|decimal|int|long|short|byte)\\b");

    private QueryBounds() {}

    /**
     * @throws RefusedException if text opens more than {@value #MAX_BRACKETS} brackets at once, or writes a number of
     *         more than {@link NumberLimit#MAX_DIGITS} digits (the parser reads it into a big number)
     */
    static void checkText(String text) {
        int depth = 0;
        int digits = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits > NumberLimit.MAX_DIGITS) {
                throw NumberLimit.refused();
            }
            if (c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(text, i);
                if (end - i > NumberLimit.MAX_DIGITS + 2 && text.startsWith("^^", end)
                        && NUMBER_TYPE.matcher(text.substring(end, Math.min(n, end + 64))).lookingAt()) {
                    throw NumberLimit.refused(); // e.g. "999…"^^xsd:integer, read into a big number by the parser
                }
                i = end - 1;
            } else if (c == '{' || c == '(' || c == '[') {
                if (++depth > MAX_BRACKETS) {
                    throw new RefusedException("The query nests brackets more than " + MAX_BRACKETS + " deep, this"
                            + " server's limit: write it flatter.");
                }
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
    }

    /** @return the index after the string that starts at start (its end of text if it has none) */
    private static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, start)) {
            int end = text.indexOf(triple, start + 3);
            return end < 0 ? text.length() : end + 3;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** @throws RefusedException if query's expressions or its EXISTS and subqueries nest deeper than the bounds */
    static void checkParsed(Query query) {
        check(query, 0);
    }

    private static void check(Query query, int subqueries) {
        if (query.getQueryPattern() != null) {
            check(query.getQueryPattern(), subqueries);
        }
        if (query.hasGroupBy()) {
            query.getGroupBy().getExprs().values().forEach(e -> check(e, subqueries));
        }
        query.getHavingExprs().forEach(e -> check(e, subqueries));
        if (query.hasOrderBy()) {
            for (SortCondition condition : query.getOrderBy()) {
                check(condition.getExpression(), subqueries);
            }
        }
        query.getProject().getExprs().values().forEach(e -> check(e, subqueries));
        for (ExprAggregator aggregator : query.getAggregators()) {
            if (aggregator.getAggregator().getExprList() != null) {
                aggregator.getAggregator().getExprList().forEach(e -> check(e, subqueries));
            }
        }
    }

    /** @throws RefusedException if an update's WHERE nests its expressions, EXISTS or subqueries beyond the bounds */
    static void checkParsed(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                check(modify.getWherePattern(), 0);
            }
        }
    }

    /** Elements nest no deeper than the brackets of the text: recursion is safe here. */
    private static void check(Element element, int subqueries) {
        switch (element) {
            case ElementGroup group -> group.getElements().forEach(e -> check(e, subqueries));
            case ElementFilter filter -> check(filter.getExpr(), subqueries);
            case ElementBind bind -> check(bind.getExpr(), subqueries);
            case ElementAssign assign -> check(assign.getExpr(), subqueries);
            case ElementOptional optional -> check(optional.getOptionalElement(), subqueries);
            case ElementLateral lateral -> check(lateral.getLateralElement(), subqueries);
            case ElementMinus minus -> check(minus.getMinusElement(), subqueries);
            case ElementUnion union -> union.getElements().forEach(e -> check(e, subqueries));
            case ElementNamedGraph graph -> check(graph.getElement(), subqueries);
            case ElementService service -> check(service.getElement(), subqueries);
            case ElementExists exists -> check(exists.getElement(), deeper(subqueries));
            case ElementNotExists notExists -> check(notExists.getElement(), deeper(subqueries));
            case ElementSubQuery sub -> check(sub.getQuery(), deeper(subqueries));
            default -> { } // triple and path blocks, VALUES
        }
    }

    private static int deeper(int subqueries) {
        if (subqueries + 1 > MAX_SUBQUERY_DEPTH) {
            throw new RefusedException("The query nests EXISTS, NOT EXISTS and subqueries more than "
                    + MAX_SUBQUERY_DEPTH + " deep, this server's limit: write it flatter.");
        }
        return subqueries + 1;
    }

    /** Expressions can be long chains (a && b && c …): walked without recursion. */
    private static void check(Expr root, int subqueries) {
        Deque<Expr> exprs = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        exprs.push(root);
        depths.push(1);
        while (!exprs.isEmpty()) {
            Expr expr = exprs.pop();
            int depth = depths.pop();
            if (depth > MAX_EXPRESSION_DEPTH) {
                throw new RefusedException("The query has an expression nested more than " + MAX_EXPRESSION_DEPTH
                        + " operators deep, this server's limit: write it flatter.");
            }
            if (expr instanceof ExprFunctionOp exists && exists.getElement() != null) {
                check(exists.getElement(), deeper(subqueries));
            }
            if (expr instanceof ExprFunction function) {
                List<Expr> args = function.getArgs();
                for (Expr arg : args) {
                    exprs.push(arg);
                    depths.push(depth + 1);
                }
            }
        }
    }
}
