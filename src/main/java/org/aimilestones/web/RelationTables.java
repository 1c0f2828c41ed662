package org.aimilestones.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes a resource's facts as rows of a definition list, one row a property (its bilingual label linked to the
 * ontology), its values in order: numbered things (slides, cues) by their number, then by label in the natural order
 * ({@link NaturalOrder}: "Cue 2" before "Cue 10"). A long list (more than {@value #OPEN} values: a source's hundreds of
 * cues, a topic's events) shows its count and first values, the rest collapsed (up to {@value #CAP}), and a link to
 * list them all in the SPARQL editor; nothing is ever wider than the page.
 */
final class RelationTables {

    /** Values shown before a list is collapsed. */
    static final int OPEN = 12;
    /** Values written into a collapsed list at most; the SPARQL link lists them all. */
    static final int CAP = 500;

    private final Graph graph;
    private final NodeLinks links;

    RelationTables(Graph graph, NodeLinks links) {
        this.graph = graph;
        this.links = links;
    }

    /**
     * Writes the rows of byProperty, sorted by property label; incoming rows are marked "←" (the values link to the
     * resource with that property). Returns false, writing nothing, if there are none.
     */
    boolean write(Html html, Node resource, Map<Node, List<Node>> byProperty, boolean incoming, String lang) {
        if (byProperty.isEmpty()) {
            return false;
        }
        html.raw("<dl class=\"rows\">\n");
        writeRows(html, resource, byProperty, incoming, lang);
        html.raw("</dl>\n");
        return true;
    }

    /** Writes the rows of byProperty as {@link #write} does, into a definition list the caller opened. */
    void writeRows(Html html, Node resource, Map<Node, List<Node>> byProperty, boolean incoming, String lang) {
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing(e -> links.texts().label(e.getKey(), lang), NaturalOrder.INSTANCE))
                .forEach(e -> writeRow(html, resource, e.getKey(), e.getValue(), incoming, lang));
    }

    private void writeRow(Html html, Node resource, Node property, List<Node> values, boolean incoming, String lang) {
        if (!incoming && (property.equals(RDFS.label.asNode()) || property.equals(RDFS.comment.asNode()))) {
            writeAlternates(html, property, values);
            return;
        }
        html.raw("<dt>");
        if (incoming) {
            html.raw("<span class=\"muted\" aria-hidden=\"true\">← </span>");
        }
        links.write(html, property);
        if (values.size() > OPEN) {
            html.raw(" <span class=\"count\">").text(Integer.toString(values.size())).raw("</span>");
        }
        List<Node> literals = values.stream().filter(Node::isLiteral).toList();
        html.raw(literals.size() == values.size() ? "</dt><dd class=\"texts\">" : "</dt><dd>");
        links.texts().write(html, Texts.ordered(literals));
        List<Node> nodes = sorted(values.stream().filter(n -> !n.isLiteral()).toList(), lang);
        writeValues(html, nodes, query(resource, property, incoming));
        html.raw("</dd>\n");
    }

    /**
     * Second labels or comments (the heading shows the first of each language): a row per language, an English or
     * Chinese one shown only in its language, so that no row is left empty by the language switch.
     */
    private void writeAlternates(Html html, Node property, List<Node> values) {
        java.util.Map<String, List<Node>> byLanguage = new java.util.TreeMap<>();
        for (Node literal : Texts.ordered(values.stream().filter(Node::isLiteral).toList())) {
            String primary = literal.getLiteralLanguage().split("-", 2)[0].toLowerCase(java.util.Locale.ROOT);
            byLanguage.computeIfAbsent(primary, k -> new java.util.ArrayList<>()).add(literal);
        }
        byLanguage.forEach((language, literals) -> {
            String only = language.equals("en") || language.equals("zh") ? language : null;
            html.open("dt", "data-l", only);
            links.write(html, property);
            html.raw("</dt>").open("dd", "class", "texts", "data-l", only);
            links.texts().write(html, literals);
            html.raw("</dd>\n");
        });
    }

    /**
     * Writes nodes (in their order) as a list of links, collapsed after the first {@value #OPEN} with their count and
     * a link to list them all in the SPARQL editor with query.
     */
    void writeValues(Html html, List<Node> nodes, String query) {
        if (nodes.isEmpty()) {
            return;
        }
        writeList(html, nodes.subList(0, Math.min(OPEN, nodes.size())));
        if (nodes.size() > OPEN) {
            int rest = nodes.size() - OPEN;
            html.raw("<details class=\"more\"><summary>")
                    .both("Show " + rest + " more", "显示其余 " + rest + " 项").raw("</summary>");
            writeList(html, nodes.subList(OPEN, Math.min(CAP, nodes.size())));
            html.raw("</details>");
            html.raw("<p class=\"list-query\">");
            if (nodes.size() > CAP) {
                html.both("The first " + CAP + " of " + nodes.size() + " are shown.",
                        "仅显示 " + nodes.size() + " 项中的前 " + CAP + " 项。").raw(" ");
            }
            html.linkBoth(links.local("query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                    "List all " + nodes.size() + " in the SPARQL editor",
                    "在 SPARQL 编辑器中列出全部 " + nodes.size() + " 项").raw("</p>");
        }
    }

    private void writeList(Html html, List<Node> nodes) {
        html.raw("<ul class=\"values\">");
        for (Node n : nodes) {
            html.raw("<li>");
            links.write(html, n);
            html.raw("</li>");
        }
        html.raw("</ul>");
    }

    /**
     * @return the nodes by aimil:number where both have one, else by label in lang, in natural order; a list longer
     *         than {@value #CAP} (which the page cuts) by IRI in natural order ("…/slide-2" before "…/slide-10"),
     *         without reading a label or number of each
     */
    List<Node> sorted(List<Node> nodes, String lang) {
        if (nodes.size() > CAP) {
            return nodes.stream().distinct().sorted(java.util.Comparator.comparing(
                    (Node n) -> n.isURI() ? n.getURI() : n.toString(), NaturalOrder.INSTANCE)).toList();
        }
        record Keyed(Node node, OptionalLong number, String label) {}
        return nodes.stream().distinct().map(n -> new Keyed(n, number(n), links.texts().label(n, lang)))
                .sorted((a, b) -> a.number().isPresent() && b.number().isPresent()
                        ? Long.compare(a.number().getAsLong(), b.number().getAsLong()) != 0
                                ? Long.compare(a.number().getAsLong(), b.number().getAsLong())
                                : NaturalOrder.INSTANCE.compare(a.label(), b.label())
                        : NaturalOrder.INSTANCE.compare(a.label(), b.label()))
                .map(Keyed::node).toList();
    }

    private OptionalLong number(Node node) {
        if (!node.isURI()) {
            return OptionalLong.empty();
        }
        for (Node n : graph.find(node, AIMIL.number.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
            if (n.isLiteral() && n.getLiteralValue() instanceof Number value) {
                return OptionalLong.of(value.longValue());
            }
        }
        return OptionalLong.empty();
    }

    /** @return a SELECT of the things stated in the slides or cues of the source doc, with their labels */
    static String statedInQuery(Node doc) {
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX aimil: <" + AIMIL.NS + ">\n"
                + "SELECT DISTINCT ?item ?label_en ?label_zh WHERE {\n"
                + "  ?part aimil:inSource|aimil:inDeck <" + doc.getURI() + "> .\n"
                + "  ?item aimil:statedIn ?part .\n"
                + "  OPTIONAL { ?item rdfs:label ?label_en FILTER(langMatches(lang(?label_en), \"en\")) }\n"
                + "  OPTIONAL { ?item rdfs:label ?label_zh FILTER(langMatches(lang(?label_zh), \"zh\")) }\n"
                + "}\nORDER BY ?label_en ?item\n";
    }

    /** @return a SELECT of the values of the row with their English and Chinese labels, numbered things in order */
    static String query(Node resource, Node property, boolean incoming) {
        String pattern = incoming ? "?item <" + property.getURI() + "> <" + resource.getURI() + "> ."
                : "<" + resource.getURI() + "> <" + property.getURI() + "> ?item .";
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX aimil: <" + AIMIL.NS + ">\n"
                + "SELECT ?item ?label_en ?label_zh WHERE {\n"
                + "  " + pattern + "\n"
                + "  OPTIONAL { ?item aimil:number ?number }\n"
                + "  OPTIONAL { ?item rdfs:label ?label_en FILTER(langMatches(lang(?label_en), \"en\")) }\n"
                + "  OPTIONAL { ?item rdfs:label ?label_zh FILTER(langMatches(lang(?label_zh), \"zh\")) }\n"
                + "}\nORDER BY ?number ?label_en ?item\n";
    }
}
