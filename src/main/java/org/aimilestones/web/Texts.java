package org.aimilestones.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDFS;

/** Reads a node's texts (labels, comments, any literals) and writes them as English / Chinese switchable spans. */
final class Texts {

    private static final PrefixMap PREFIXES = Prefixes.prefixMap();

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

    /** @return the label of node in lang, else in the other page language, else its short name */
    String label(Node node, String lang) {
        List<Node> labels = literals(node, RDFS.label.asNode());
        return labels.stream().filter(l -> l.getLiteralLanguage().equalsIgnoreCase(lang)).findFirst()
                .or(() -> labels.stream().findFirst())
                .map(Node::getLiteralLexicalForm)
                .orElseGet(() -> shortName(node));
    }

    /** Writes the labels of node (or its short name if it has none). */
    void writeLabel(Html html, Node node) {
        if (!write(html, literals(node, RDFS.label.asNode()))) {
            html.text(shortName(node));
        }
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
                html.element("span", literal.getLiteralLexicalForm(), "class", "v",
                        "lang", lang.isEmpty() ? null : lang, "data-l", switchable);
            }
        }
        return !literals.isEmpty();
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
