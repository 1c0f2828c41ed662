package org.aimilestones.sources;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The literal values of a node's property, English first, then Chinese, then the rest, each sorted by text. */
final class Literals {

    private Literals() {}

    static List<Node> of(Graph graph, Node node, Node property) {
        return graph.find(node, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList()
                .stream().sorted(Comparator.comparingInt(Literals::rank).thenComparing(Node::getLiteralLexicalForm))
                .toList();
    }

    /** @return the text in lang ("en" or "zh"), else in the other of the two, else the first, else none */
    static Optional<String> pick(List<Node> literals, String lang) {
        String other = "zh".equals(lang) ? "en" : "zh";
        return literals.stream().filter(l -> primary(l).equals(lang)).findFirst()
                .or(() -> literals.stream().filter(l -> primary(l).equals(other)).findFirst())
                .or(() -> literals.stream().findFirst())
                .map(Node::getLiteralLexicalForm);
    }

    private static int rank(Node literal) {
        String primary = primary(literal);
        return primary.equals("en") ? 0 : primary.equals("zh") ? 1 : 2;
    }

    private static String primary(Node literal) {
        return literal.getLiteralLanguage().split("-", 2)[0].toLowerCase(Locale.ROOT);
    }
}
