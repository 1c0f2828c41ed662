package org.aimilestones.server;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The expressions of a query or an update's WHERE as this server runs them: REGEX and REPLACE match under the
 * request's deadline ({@link DeadlineRegex}, {@link DeadlineReplace}), and the functions that build longer strings
 * than they are given (CONCAT, ENCODE_FOR_URI, {@code fn:concat}, {@code fn:string-join}, {@code afn:strjoin}) are
 * bounded to {@value StringLimit#MAX_LENGTH} characters ({@link StringLimit}): a string
 * doubled thirty times is a 400 naming the limit, not a heap exhausted after seconds. Products and {@code math:pow}
 * are bounded to {@value NumberLimit#MAX_DIGITS} digits, and casts to a number (and STRDT to one) read at most that
 * many ({@link NumberLimit}, {@link PowLimit}): Java multiplies and parses big numbers in calls no deadline can stop.
 */
final class ExprGuards {

    /**
     * What a query text holds if it may have an expression to guard: a function's name (prefixed or a full IRI, so
     * followed by "(" or ">("), or a "*" that is not SELECT's or COUNT's. Other texts are run as parsed. The "*"
     * comes before its look-behinds: they are tried only where there is one, not at every character of the text
     * (which took a tenth of the server's CPU time on a stream of short queries).
     */
    private static final Pattern GUARDED = Pattern.compile("regex|replace|concat|encode_for_uri|join|strdt"
            + "|(?:pow|integer|decimal|int|long|short|byte)>?\\s*\\("
            + "|\\*(?<!select\\s{0,20}\\*)(?<!distinct\\s{0,20}\\*)(?<!reduced\\s{0,20}\\*)(?<!\\(\\s{0,20}\\*)");

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** The casts to a number (their argument is read as a number: bounded in length). */
    static final Set<String> NUMBER_CASTS = Stream.of("integer", "decimal", "int", "long", "short", "byte",
            "nonNegativeInteger", "nonPositiveInteger", "positiveInteger", "negativeInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte").map(name -> XSD + name).collect(Collectors.toUnmodifiableSet());

    /** Functions named by IRI that build longer strings than they are given. */
    static final Set<String> GROWING = Set.of("http://www.w3.org/2005/xpath-functions#concat",
            "http://www.w3.org/2005/xpath-functions#string-join", "http://jena.apache.org/ARQ/function#strjoin");

    private static final ExprTransformCopy TRANSFORM = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof DeadlineRegex)) {
                return DeadlineRegex.of(args);
            }
            if (func instanceof E_StrReplace && !(func instanceof DeadlineReplace)) {
                return DeadlineReplace.of(args);
            }
            String iri = func instanceof E_Function named ? named.getFunctionIRI() : null;
            if (PowLimit.IRI.equals(iri) && args.size() == 2) {
                return new PowLimit(args.get(0), args.get(1));
            }
            if (iri != null && NUMBER_CASTS.contains(iri)) {
                ExprList texts = new ExprList();
                args.forEach(arg -> texts.add(NumberLimit.text(arg)));
                return super.transform(func, texts);
            }
            Expr copy = super.transform(func, args);
            boolean growing = func instanceof E_StrConcat || iri != null && GROWING.contains(iri);
            return growing ? new StringLimit(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
            if (func instanceof E_StrDatatype && (!arg2.isConstant()
                    || arg2.getConstant().isIRI() && NUMBER_CASTS.contains(arg2.getConstant().asNode().getURI()))) {
                return super.transform(func, NumberLimit.text(arg1), arg2); // STRDT(text, xsd:integer) reads a number
            }
            Expr copy = super.transform(func, arg1, arg2);
            return func instanceof E_Multiply ? NumberLimit.result(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            Expr copy = super.transform(func, arg);
            return func instanceof E_StrEncodeForURI ? new StringLimit(copy) : copy;
        }
    };

    private ExprGuards() {}

    /** @return query (parsed from text) with its expressions guarded; query itself if it has none to guard */
    static Query rewrite(Query query, String text) {
        if (!GUARDED.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return query;
        }
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), TRANSFORM);
    }

    /**
     * @return request with the expressions of its WHEREs guarded, in place (each WHERE is replaced; the rest, such as
     *         the USING graphs of the protocol, is kept)
     */
    static UpdateRequest rewrite(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                modify.setElement(ElementTransformer.transform(modify.getWherePattern(),
                        new ElementTransformCopyBase(), TRANSFORM));
            }
        }
        return request;
    }
}
