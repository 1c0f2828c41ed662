package org.aimilestones.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDFS;

/** Reads a node's texts (labels, comments, any literals) and writes them as English / Chinese switchable spans. */
final class Texts {

    private static final PrefixMap PREFIXES = Prefixes.prefixMap();
    /** A web address, or "GitHub owner/repo" (group 1: owner/repo), in running text. */
    private static final Pattern LINKABLE = Pattern
            .compile("https?://[^\\s<>\"'()（）「」《》，。；、]+|GitHub ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)");

    private final Graph graph;

    Texts(Graph graph) {
        this.graph = graph;
    }

    /** @return the literal objects of (node, property), English first, then Chinese, then the rest, each sorted */
    List<Node> literals(Node node, Node property) {
        return graph.find(node, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                .toList().stream()
                .sorted(Comparator.comparingInt(Texts::languageRank).thenComparing(Node::getLiteralLexicalForm))
                .toList();
    }

    /** @return literals English first, then Chinese, then the rest, each sorted, as {@link #literals} gives them */
    static List<Node> ordered(List<Node> literals) {
        return literals.stream()
                .sorted(Comparator.comparingInt(Texts::languageRank).thenComparing(Node::getLiteralLexicalForm))
                .toList();
    }

    /**
     * @return the first of literals in each language (by language tag; literals without one kept), in their order:
     *         what a heading or a link shows when the graph gives a thing two labels in one language
     */
    static List<Node> firstPerLanguage(List<Node> literals) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return literals.stream().filter(l -> l.getLiteralLanguage().isEmpty()
                || seen.add(l.getLiteralLanguage().toLowerCase(Locale.ROOT))).toList();
    }

    /** @return the label of node in lang, else in the other page language, else its short name */
    String label(Node node, String lang) {
        List<Node> labels = literals(node, RDFS.label.asNode());
        return labels.stream().filter(l -> l.getLiteralLanguage().equalsIgnoreCase(lang)).findFirst()
                .or(() -> labels.stream().findFirst())
                .map(Node::getLiteralLexicalForm)
                .or(() -> known(node).map(n -> lang.equals("zh") ? n.zh() : n.en()))
                .orElseGet(() -> shortName(node));
    }

    /** Writes the labels of node (else the names the pages know for a term of another vocabulary, else its short name). */
    void writeLabel(Html html, Node node) {
        if (!write(html, firstPerLanguage(literals(node, RDFS.label.asNode())))) {
            Optional<KnownTerms.Name> known = known(node);
            if (known.isPresent()) {
                html.element("span", known.get().en(), "class", "v", "lang", "en", "data-l", "en")
                        .element("span", known.get().zh(), "class", "v", "lang", "zh", "data-l", "zh");
            } else {
                html.text(shortName(node));
            }
        }
    }

    private static Optional<KnownTerms.Name> known(Node node) {
        return node.isURI() ? KnownTerms.of(node.getURI()) : Optional.empty();
    }

    /** Writes the values of (node, property); returns false if there are none. */
    boolean write(Html html, Node node, Node property) {
        return write(html, literals(node, property));
    }

    /**
     * Writes literals as spans: when both English and Chinese are present, those carry data-l so the language
     * switch can hide one; a text in only one language is always shown. Dates are shown plainly in both languages.
     */
    boolean write(Html html, List<Node> literals) {
        return write(html, literals, false);
    }



    /**
     * Writes literals as {@link #write(Html, List)} does, with the web addresses in them, and "GitHub owner/repo",
     * as links (for credits and rights).
     */
    boolean writeLinked(Html html, List<Node> literals) {
        return write(html, literals, true);
    }

    private boolean write(Html html, List<Node> literals, boolean linked) {
        boolean bilingual = literals.stream().anyMatch(l -> languageRank(l) == 0)
                && literals.stream().anyMatch(l -> languageRank(l) == 1);
        for (Node literal : literals) {
            String lang = literal.getLiteralLanguage();
            Optional<PlainDates.Shown> date = PlainDates.show(literal);
            if (date.isPresent()) {
                html.element("span", date.get().en(), "class", "v", "lang", "en", "data-l", "en");
                html.element("span", date.get().zh(), "class", "v", "lang", "zh", "data-l", "zh");
            } else {
                String switchable = bilingual && languageRank(literal) < 2 ? primary(lang) : null;
                if (linked) {
                    html.open("span", "class", "v", "lang", lang.isEmpty() ? null : lang, "data-l", switchable);
                    writeWithLinks(html, literal.getLiteralLexicalForm());
                    html.close("span");
                } else {
                    html.element("span", literal.getLiteralLexicalForm(), "class", "v",
                            "lang", lang.isEmpty() ? null : lang, "data-l", switchable);
                }
            }
        }
        return !literals.isEmpty();
    }

    /** Writes text with its http(s) addresses and "GitHub owner/repo" mentions as links, the rest as text. */
    static void writeWithLinks(Html html, String text) {
        Matcher m = LINKABLE.matcher(text);
        int at = 0;
        while (m.find()) {
            String found = m.group();
            String trailing = "";
            while (!found.isEmpty() && ".,;:".indexOf(found.charAt(found.length() - 1)) >= 0) {
                trailing = found.charAt(found.length() - 1) + trailing;
                found = found.substring(0, found.length() - 1);
            }
            html.text(text.substring(at, m.start()));
            String href = m.group(1) != null ? "https://github.com/" + m.group(1).replaceAll("[.]+$", "") : found;
            html.link(href, found);
            html.text(trailing);
            at = m.end();
        }
        html.text(text.substring(at));
    }

    /** @return a prefixed name such as "schema:Event" where a project prefix applies, else the IRI */
    static String shortName(Node node) {
        if (!node.isURI()) {
            return node.isBlank() ? "[blank node]" : node.toString();
        }
        String abbreviated = PREFIXES.abbreviate(node.getURI());
        return abbreviated != null ? abbreviated : node.getURI();
    }

    /** 0 for English, 1 for Chinese, 2 for other languages or none. */
    private static int languageRank(Node literal) {
        String primary = primary(literal.getLiteralLanguage());
        return primary.equals("en") ? 0 : primary.equals("zh") ? 1 : 2;
    }

    private static String primary(String lang) {
        return lang.split("-", 2)[0].toLowerCase(Locale.ROOT);
    }
}
