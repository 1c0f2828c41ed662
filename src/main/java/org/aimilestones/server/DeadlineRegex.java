package org.aimilestones.server;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL's REGEX, matched over a text that checks the request's {@link Deadline} as the matcher reads it: a pattern
 * such as {@code (.*a){20}$} backtracks for minutes on a 40-character string inside one call of Java's matcher, where
 * no other check can stop it. Same answers and errors as Jena's REGEX (the pattern is checked and compiled by Jena).
 */
final class DeadlineRegex extends E_Regex {

    /** How many characters the matcher reads between two looks at the clock. */
    private static final int CHECK_EVERY = 1 << 12;

    /** The last pattern compiled: a constant pattern is compiled once. */
    private volatile Compiled last;

    private record Compiled(String pattern, String flags, Pattern compiled) {}

    private DeadlineRegex(Expr text, Expr pattern) {
        super(text, pattern);
    }

    private DeadlineRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    static DeadlineRegex of(ExprList args) {
        return args.size() > 2 ? new DeadlineRegex(args.get(0), args.get(1), args.get(2))
                : new DeadlineRegex(args.get(0), args.get(1));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 2 ? args.get(2) : null;
        Compiled compiled = last;
        String patternText = pattern.isString() ? pattern.getString() : null;
        String flagsText = flags != null && flags.isString() ? flags.getString() : null;
        if (compiled == null || patternText == null || !patternText.equals(compiled.pattern())
                || !Objects.equals(flagsText, compiled.flags())) {
            E_Regex.makeRegexEngine(pattern, flags); // Jena's checks and errors for the pattern and the flags
            compiled = new Compiled(patternText, flagsText, RegexEngine.makePattern("REGEX", patternText, flagsText));
            last = compiled;
        }
        return NodeValue.booleanReturn(compiled.compiled().matcher(new Watched(text.getLiteralLexicalForm())).find());
    }

    @Override
    public Expr copy(ExprList args) {
        return of(args);
    }

    /** A string whose reader looks at the deadline every {@value #CHECK_EVERY} characters. */
    static final class Watched implements CharSequence {
        private final String text;
        private int reads;

        Watched(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0) {
                Deadline.check();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
