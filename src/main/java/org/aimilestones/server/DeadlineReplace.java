package org.aimilestones.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL's REPLACE, matched over a text that checks the request's {@link Deadline} as the matcher reads it (as {@link
 * DeadlineRegex}), and building at most {@value StringLimit#MAX_LENGTH} characters ({@link StringLimit}). Same
 * answers as Jena's REPLACE (its handling of empty matches and of the result's language tag and datatype).
 */
final class DeadlineReplace extends E_StrReplace {

    private final Pattern constant;

    private DeadlineReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags); // Jena's checks of a constant pattern
        boolean constantFlags = flags == null || flags.isConstant() && flags.getConstant().isString();
        constant = pattern.isConstant() && pattern.getConstant().isString() && constantFlags
                ? RegexEngine.makePattern("REPLACE", pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    static DeadlineReplace of(ExprList args) {
        return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Pattern pattern = constant;
        if (pattern == null) {
            String patternText = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
            String flags = args.size() > 3
                    ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
            pattern = RegexEngine.makePattern("REPLACE", patternText, flags);
        }
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        String lexical = text.getLiteralLexicalForm();
        String replaced = replaceAll(pattern.matcher(new DeadlineRegex.Watched(lexical)), replacement);
        if (replaced == null || replaced.equals(lexical)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(),
                text.getLiteralBaseDirection(), text.getLiteralDatatype()));
    }

    /** Jena's replaceAll (an empty match after a first match is skipped), bounded in the length it builds. */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder built = null;
            while (matcher.find()) {
                if (built == null) {
                    built = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(built, replacement);
                StringLimit.check(built.length());
            }
            if (built == null) {
                return null;
            }
            matcher.appendTail(built);
            StringLimit.check(built.length());
            return built.toString();
        } catch (IndexOutOfBoundsException e) {
            throw new ExprEvalException("IndexOutOfBounds", e);
        }
    }

    @Override
    public Expr copy(ExprList args) {
        return of(args);
    }
}
