package org.aimilestones.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Parses query texts as Fuseki does (ARQ syntax, Fuseki's base IRI), reusing the work for texts that differ only in
 * their constants: a client that sends the same query with another number or string each time (a page asking for
 * another year, a script stepping an offset in a FILTER) pays the parser once.
 *
 * <p>A text's <em>template</em> is the text with each plain constant (an unsigned integer, decimal or double; a short
 * string in single or double quotes, without escapes, language tag or datatype) replaced by a variable of its own
 * whose name says the constant's kind. The first text of a template is parsed as it is, and the template is parsed
 * too; only if putting the constants back into the template's parse gives a query equal to the text's own parse (as a
 * query, and serialized) is the template kept. Later texts of a kept template get the template's parse with their
 * constants put in, and are not parsed. A template that does not parse (a constant where SPARQL allows no variable:
 * LIMIT, VALUES, a GROUP_CONCAT separator, a path length) or whose parse differs is remembered as such, and its texts
 * are parsed as they are. Constants that the parser would read differently as a variable are left in the template: a
 * number right after a sign, strings with escapes, a language tag or a datatype, and whatever is in a VALUES block.
 * Parse errors are always the parser's own, for the text as sent.
 */
final class ParsedQueries {

    /** The base IRI Fuseki parses queries against. */
    static final String BASE = "http://server/unset-base/";
    /** The start of the templates' variable names; a text that holds it is parsed as it is. */
    private static final String MARK = "__aimil_";
    /** A template whose texts are parsed as they are. */
    private static final Query NO_TEMPLATE = new Query();
    /** Texts longer than this are parsed as they are (and not kept). */
    static final int MAX_TEXT = 64 * 1024;

    private final int maxTemplates;
    private final Map<String, Query> templates;
    private final AtomicLong reused = new AtomicLong();

    /** @param maxTemplates how many templates are kept, the least recently used dropped first */
    ParsedQueries(int maxTemplates) {
        if (maxTemplates < 1) {
            throw new IllegalArgumentException("maxTemplates must be at least 1: " + maxTemplates);
        }
        this.maxTemplates = maxTemplates;
        this.templates = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                return size() > ParsedQueries.this.maxTemplates;
            }
        };
    }

    /**
     * @return the query of text, as {@code QueryFactory.create(text, BASE, Syntax.syntaxARQ)} gives it
     * @throws org.apache.jena.query.QueryParseException as that does
     */
    Query parse(String text) {
        Template template = text.length() > MAX_TEXT || text.contains(MARK) ? null : Template.of(text);
        if (template == null || template.constants().isEmpty()) {
            return direct(text);
        }
        Query kept;
        synchronized (templates) {
            kept = templates.get(template.text());
        }
        if (kept == NO_TEMPLATE) {
            return direct(text);
        }
        if (kept != null) {
            try {
                Query query = template.fill(kept);
                reused.incrementAndGet();
                return query;
            } catch (RuntimeException e) {
                return direct(text); // e.g. a constant the template's expression refuses: the parser says why
            }
        }
        Query query = direct(text);
        Query verified = verified(template, query);
        synchronized (templates) {
            templates.put(template.text(), verified);
        }
        return query;
    }

    /** @return how many texts were answered from a template, not parsed */
    long reused() {
        return reused.get();
    }

    private static Query direct(String text) {
        return QueryFactory.create(text, BASE, Syntax.syntaxARQ);
    }

    /** @return template's parse, settled for use from several threads, if it gives back parsed; else NO_TEMPLATE */
    private static Query verified(Template template, Query parsed) {
        try {
            Query query = direct(template.text());
            Query filled = template.fill(query);
            if (!filled.equals(parsed) || !filled.serialize().equals(parsed.serialize())
                    || !filled.getResultVars().equals(parsed.getResultVars())) {
                return NO_TEMPLATE;
            }
            // what a query works out when first asked, worked out now: the kept query is only read from now on
            query.getProjectVars();
            query.getResultVars();
            query.getPrefixMapping();
            return query;
        } catch (RuntimeException notATemplate) {
            return NO_TEMPLATE;
        }
    }

    /** A query text with its plain constants taken out: the template's text, and the constants in order. */
    record Template(String text, List<Node> constants) {

        /** @return the template's query with this text's constants in place of the template's variables */
        Query fill(Query template) {
            Map<Var, Node> values = new HashMap<>();
            for (int i = 0; i < constants.size(); i++) {
                values.put(variable(constants.get(i), i), constants.get(i));
            }
            return QueryTransformOps.replaceVars(template, values);
        }

        private static Var variable(Node constant, int i) {
            return Var.alloc(MARK + kind(constant) + i);
        }

        private static char kind(Node constant) {
            String type = constant.getLiteralDatatypeURI();
            if (XSDDatatype.XSDinteger.getURI().equals(type)) {
                return 'i';
            }
            if (XSDDatatype.XSDdecimal.getURI().equals(type)) {
                return 'd';
            }
            return XSDDatatype.XSDdouble.getURI().equals(type) ? 'e' : 's';
        }

        /** @return text's template, or null if text cannot be read as SPARQL tokens (the parser will say why) */
        static Template of(String text) {
            Lexer lexer = new Lexer(text);
            return lexer.run() ? new Template(lexer.out.toString(), lexer.constants) : null;
        }
    }

    /** A single pass over a query text that knows just enough of SPARQL's tokens to find its plain constants. */
    private static final class Lexer {
        private final String s;
        private final int n;
        private final StringBuilder out;
        private final List<Node> constants = new ArrayList<>();
        private int i;
        /** The last word read (keyword or name), lower case. */
        private String lastWord = "";
        /** The last character other than white space that was copied, before the current token. */
        private char lastChar;
        /** Brace depth inside a VALUES block, 0 outside one. */
        private int valuesDepth;
        private boolean afterValues;

        Lexer(String s) {
            this.s = s;
            this.n = s.length();
            this.out = new StringBuilder(n + 16);
        }

        boolean run() {
            while (i < n) {
                char c = s.charAt(i);
                if (c == '#') {
                    int end = s.indexOf('\n', i);
                    copyTo(end < 0 ? n : end);
                } else if (c == '<' && iriEnd(i) > 0) {
                    copyTo(iriEnd(i));
                    lastChar = '>';
                } else if (c == '"' || c == '\'') {
                    if (!string(c)) {
                        return false;
                    }
                } else if ((c == '?' || c == '$') && i + 1 < n && nameChar(s.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < n && nameChar(s.charAt(j))) {
                        j++;
                    }
                    copyTo(j);
                    lastChar = 'v';
                } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                    number();
                } else if (nameStart(c)) {
                    word();
                } else {
                    braces(c);
                    out.append(c);
                    i++;
                    if (!Character.isWhitespace(c)) {
                        lastChar = c;
                    }
                }
            }
            return true;
        }

        private void braces(char c) {
            if (c == '{' && (afterValues || valuesDepth > 0)) {
                valuesDepth++;
                afterValues = false;
            } else if (c == '}' && valuesDepth > 0) {
                valuesDepth--;
            }
        }

        private void copyTo(int end) {
            out.append(s, i, end);
            i = end;
        }

        /** @return the end (after '>') of an IRI reference starting at start, or -1 if '<' starts none there */
        private int iriEnd(int start) {
            for (int j = start + 1; j < n; j++) {
                char c = s.charAt(j);
                if (c == '>') {
                    return j + 1;
                }
                if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                    return -1;
                }
            }
            return -1;
        }

        /** Reads a string starting at i; a plain short one becomes a constant. @return false if it never ends */
        private boolean string(char quote) {
            if (s.startsWith(String.valueOf(quote).repeat(3), i)) {
                int end = s.indexOf(String.valueOf(quote).repeat(3), i + 3);
                if (end < 0) {
                    return false;
                }
                copyTo(end + 3);
                lastChar = quote;
                return true;
            }
            boolean plain = true;
            int j = i + 1;
            while (j < n && s.charAt(j) != quote) {
                char c = s.charAt(j);
                if (c == '\\') {
                    plain = false;
                    j++;
                } else if (c == '\n' || c == '\r') {
                    return false;
                }
                j++;
            }
            if (j >= n) {
                return false;
            }
            int end = j + 1;
            boolean suffixed = end < n && (s.charAt(end) == '@' || s.startsWith("^^", end));
            boolean separator = lastChar == '=' && lastWord.equals("separator");
            if (plain && !suffixed && !separator && valuesDepth == 0) {
                constant(NodeFactory.createLiteralString(s.substring(i + 1, j)));
                i = end;
            } else {
                copyTo(end);
            }
            lastChar = quote;
            return true;
        }

        private void number() {
            int j = i;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
            XSDDatatype type = XSDDatatype.XSDinteger;
            if (j + 1 < n && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
                type = XSDDatatype.XSDdecimal;
                j++;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
            }
            if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                int k = j + 1;
                if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                    k++;
                }
                if (k < n && Character.isDigit(s.charAt(k))) {
                    type = XSDDatatype.XSDdouble;
                    j = k;
                    while (j < n && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
            }
            boolean signed = i > 0 && (s.charAt(i - 1) == '+' || s.charAt(i - 1) == '-');
            boolean count = lastChar == 'w' && (lastWord.equals("limit") || lastWord.equals("offset"));
            boolean glued = j < n && nameChar(s.charAt(j)); // e.g. 1a: not a number the parser would read
            if (signed || count || glued || valuesDepth > 0) {
                copyTo(j);
            } else {
                constant(NodeFactory.createLiteralDT(s.substring(i, j), type));
                i = j;
            }
            lastChar = '0';
        }

        /** A keyword, prefixed name or blank node label: copied as it is. */
        private void word() {
            int j = i;
            while (j < n && (nameChar(s.charAt(j)) || s.charAt(j) == ':' || s.charAt(j) == '.' && j + 1 < n
                    && nameChar(s.charAt(j + 1)))) {
                j++;
            }
            lastWord = s.substring(i, j).toLowerCase(Locale.ROOT);
            if (lastWord.equals("values")) {
                afterValues = true;
            }
            copyTo(j);
            lastChar = 'w';
        }

        private void constant(Node node) {
            out.append(" ?").append(Template.variable(node, constants.size()).getVarName()).append(' ');
            constants.add(node);
        }

        private static boolean nameStart(char c) {
            return Character.isLetter(c) || c == '_' || c == ':' || c > 0x7F;
        }

        private static boolean nameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c > 0x7F;
        }
    }
}
