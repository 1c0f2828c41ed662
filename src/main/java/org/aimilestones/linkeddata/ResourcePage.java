package org.aimilestones.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.Comparator;
import java.util.List;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of one ai-milestones resource: labels and description in English and Chinese, its types, date and date
 * basis, Wikidata link, source slide with its videos, then every relation in both directions.
 */
final class ResourcePage {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Graph graph;
    private final String graphView;
    private final PageLayout layout;
    private final NodeLinks links;
    private final Texts texts;

    ResourcePage(Graph graph, IriMapping iris) {
        this.graph = graph;
        this.graphView = iris.localBase() + "graph?iri=";
        this.layout = new PageLayout(iris);
        this.links = new NodeLinks(graph, iris);
        this.texts = links.texts();
    }

    /** @return the page of resource, showing lang first, with the head of its document (canonical, alternates) */
    String render(Node resource, String lang, PageLayout.Head head) {
        return layout.render(lang, texts.label(resource, lang), head, html -> {
            html.open("h1");
            texts.writeLabel(html, resource);
            html.close("h1").element("p", resource.getURI(), "class", "iri");
            html.open("p").linkBoth(graphView + URLEncoder.encode(resource.getURI(), StandardCharsets.UTF_8),
                    "Graph view of its neighbourhood", "关系图：查看其邻域").close("p");
            html.open("p", "class", "comment");
            texts.write(html, resource, RDFS.comment.asNode());
            html.close("p").raw("\n<dl class=\"facts\">\n");
            writeTypes(html, resource);
            writeDate(html, resource);
            writeWikidata(html, resource);
            writeSources(html, resource);
            writeVideosFact(html, resource);
            html.raw("</dl>\n");
            RelationTables tables = new RelationTables(graph, links);
            writeTable(html, "Relations", "关系", tables::writeOutgoing, resource, lang);
            writeTable(html, "Referenced by", "被引用", tables::writeIncoming, resource, lang);
        });
    }

    private interface TableWriter {
        boolean write(Html html, Node resource, String lang);
    }

    private void writeTable(Html html, String en, String zh, TableWriter table, Node resource, String lang) {
        html.bilingual("h2", en, zh);
        if (!table.write(html, resource, lang)) {
            html.element("p", "None.", "class", "muted");
        }
    }

    private void writeTypes(Html html, Node resource) {
        List<Node> types = graph.find(resource, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        List<Node> direct = new Hierarchy(graph, RDFS.subClassOf.asNode()).mostSpecific(types);
        writeFact(html, "Type", "类型", direct);
    }

    /** The date shown plainly, with its basis: stated, from the section's year, or undated. */
    private void writeDate(Html html, Node resource) {
        List<Node> dates = texts.literals(resource, AIMIL.date.asNode());
        List<Node> basis = objects(resource, AIMIL.dateBasis.asNode());
        if (dates.isEmpty() && basis.isEmpty()) {
            return;
        }
        factName(html, "Date", "日期");
        texts.write(html, dates);
        for (Node b : basis) {
            html.raw("<span class=\"muted\">(");
            links.write(html, b);
            html.raw(")</span>");
        }
        html.raw("</dd>\n");
    }

    /** The Wikidata links, each followed by its confidence, linked to the link resource that holds its evidence. */
    private void writeWikidata(Html html, Node resource) {
        writeWikidataLinks(html, resource, OWL.sameAs.asNode(), "Wikidata (same as)", "Wikidata（同一实体）");
        writeWikidataLinks(html, resource, SKOS.exactMatch.asNode(), "Wikidata (exact match)", "Wikidata（精确匹配）");
        writeWikidataLinks(html, resource, SKOS.closeMatch.asNode(), "Wikidata (close match)", "Wikidata（近似匹配）");
    }

    private void writeWikidataLinks(Html html, Node resource, Node predicate, String en, String zh) {
        List<Node> targets = objects(resource, predicate).stream().filter(ResourcePage::isWikidata).toList();
        if (targets.isEmpty()) {
            return;
        }
        factName(html, en, zh);
        for (Node target : targets) {
            html.raw("<span class=\"v\">");
            links.write(html, target);
            for (Node link : graph.find(Node.ANY, AIMIL.linkObject.asNode(), target).mapWith(t -> t.getSubject())
                    .filterKeep(l -> graph.contains(l, AIMIL.linkSubject.asNode(), resource)
                            && graph.contains(l, AIMIL.linkPredicate.asNode(), predicate)).toList()) {
                for (Node confidence : texts.literals(link, AIMIL.linkConfidence.asNode())) {
                    html.raw(" <span class=\"muted\">(");
                    html.open("a", "href", links.href(link).orElse(null));
                    html.text(confidence.getLiteralLexicalForm());
                    html.close("a").raw(")</span>");
                }
            }
            html.raw("</span>");
        }
        html.raw("</dd>\n");
    }

    /** The sources stating this resource; a slide shown with its number, title and videos. */
    private void writeSources(Html html, Node resource) {
        List<Node> sources = objects(resource, AIMIL.statedIn.asNode());
        if (sources.isEmpty()) {
            return;
        }
        factName(html, "Source", "出处");
        html.raw("<ul>");
        for (Node source : sources) {
            html.raw("<li>");
            List<Node> numbers = texts.literals(source, AIMIL.number.asNode());
            if (graph.contains(source, RDF.type.asNode(), AIMIL.Slide.asNode()) && !numbers.isEmpty()) {
                String number = numbers.get(0).getLiteralLexicalForm();
                html.open("a", "href", links.href(source).orElse(null));
                html.element("span", "Slide " + number, "lang", "en", "data-l", "en")
                        .element("span", "第 " + number + " 页", "lang", "zh", "data-l", "zh").close("a").raw(": ");
                texts.write(html, source, AIMIL.title.asNode());
                writeVideoList(html, source);
            } else {
                links.write(html, source);
            }
            html.raw("</li>");
        }
        html.raw("</ul></dd>\n");
    }

    private void writeVideosFact(Html html, Node slide) {
        if (!objects(slide, AIMIL.video.asNode()).isEmpty()) {
            factName(html, "Videos", "视频");
            writeVideoList(html, slide);
            html.raw("</dd>\n");
        }
    }

    /** The slide's videos, each linked to its watch URL, with the start offset where the link has one. */
    private void writeVideoList(Html html, Node slide) {
        List<Node> videos = objects(slide, AIMIL.video.asNode());
        if (videos.isEmpty()) {
            return;
        }
        html.raw("<ul class=\"videos\">");
        for (Node video : videos) {
            html.raw("<li>");
            for (Node url : objects(video, AIMIL.watchUrl.asNode())) {
                html.linkBoth(url.getURI(), "▶ watch", "▶ 观看", "class", "watch").raw(" ");
            }
            links.write(html, video);
            html.raw(" ");
            texts.write(html, video, AIMIL.startOffset.asNode());
            html.raw("</li>");
        }
        html.raw("</ul>");
    }

    private void writeFact(Html html, String en, String zh, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        factName(html, en, zh);
        for (Node v : values) {
            html.raw("<span class=\"v\">");
            links.write(html, v);
            html.raw("</span>");
        }
        html.raw("</dd>\n");
    }

    private static void factName(Html html, String en, String zh) {
        html.bilingual("dt", en, zh);
        html.raw("<dd>");
    }


    private List<Node> objects(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI).toList()
                .stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static boolean isWikidata(Node node) {
        return node.getURI().startsWith(WIKIDATA);
    }
}
