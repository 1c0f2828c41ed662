package org.aimilestones.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aimilestones.sources.Citation;
import org.aimilestones.sources.Place;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of one ai-milestones resource: labels and description in English and Chinese, its types, date and date
 * basis, Wikidata link, the documents stating it (by source, in series order, with their slides or cues), then every
 * relation in both directions.
 */
final class ResourcePage {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Graph graph;
    private final String graphView;
    private final PageLayout layout;
    private final NodeLinks links;
    private final Texts texts;
    private final Sources sources;

    ResourcePage(Graph graph, IriMapping iris) {
        this(graph, iris, PageLayout.withoutSources());
    }

    ResourcePage(Graph graph, IriMapping iris, PageLayout layout) {
        this.graph = graph;
        this.graphView = iris.localBase() + "graph?iri=";
        this.layout = layout;
        this.links = new NodeLinks(graph, iris);
        this.texts = links.texts();
        this.sources = new Sources(graph);
    }

    /** @return the page of resource, showing lang first, with the head of its document (canonical, alternates) */
    String render(Node resource, String lang, PageLayout.Head head) {
        return layout.render(lang, texts.label(resource, "en"), texts.label(resource, "zh"), head, html -> {
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
            writeCueVideo(html, resource);
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

    /** The date shown plainly, with its basis (stated, from the section's or source's year, disputed, undated) and, where the sources disagree, each source's date claim. */
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
            html.raw(")</span> ");
        }
        // where the sources disagree, each source's date: the claimed date and the claim (which names its source)
        List<Node> claims = graph.find(Node.ANY, AIMIL.about.asNode(), resource).mapWith(t -> t.getSubject())
                .filterKeep(c -> graph.contains(c, RDF.type.asNode(), AIMIL.DateClaim.asNode())).toList().stream()
                .sorted(Comparator.comparing(c -> texts.literals(c, AIMIL.claimedDate.asNode()).stream()
                        .map(Node::getLiteralLexicalForm).findFirst().orElse(""))).toList();
        for (Node claim : claims) {
            html.raw("<span class=\"v claim\">");
            texts.write(html, texts.literals(claim, AIMIL.claimedDate.asNode()));
            html.raw(" ");
            links.write(html, claim);
            html.raw("</span>");
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

    /**
     * The documents stating this resource, in series order, each with its title and credit (dct:rights) in the page's
     * language, then its slides in slide order (number, title, videos) or its cues in cue order (number, time stamp
     * linked to the video at that second where the source has a video, words).
     */
    private void writeSources(Html html, Node resource) {
        List<Citation> citations = sources.citing(resource);
        if (citations.isEmpty()) {
            return;
        }
        factName(html, "Sources", "出处");
        html.raw("<ol class=\"sources\">");
        for (Citation citation : citations) {
            SourceDocument doc = citation.document();
            html.raw("<li class=\"source\">");
            html.open("a", "href", links.href(doc.iri()).orElse(null), "class", "source-title");
            if (!texts.write(html, doc.titles())) {
                html.text(Texts.shortName(doc.iri()));
            }
            html.close("a");
            if (!doc.rights().isEmpty()) {
                html.raw("<div class=\"credit\">");
                texts.write(html, doc.rights());
                html.raw("</div>");
            }
            if (!citation.places().isEmpty()) {
                html.raw("<ul class=\"places\">");
                for (Place place : citation.places()) {
                    html.raw("<li>");
                    writePlace(html, doc, place);
                    html.raw("</li>");
                }
                html.raw("</ul>");
            }
            html.raw("</li>");
        }
        html.raw("</ol></dd>\n");
    }

    /** A slide as "Slide N: title" with its videos; a cue as "Cue N 00:01:51 ▶" and its words; else its label. */
    private void writePlace(Html html, SourceDocument doc, Place place) {
        String number = place.number().isPresent() ? Long.toString(place.number().getAsLong()) : null;
        html.open("a", "href", links.href(place.iri()).orElse(null), "class", "place");
        if (place.kind() == Place.Kind.SLIDE && number != null) {
            html.both("Slide " + number, "第 " + number + " 页");
        } else if (place.kind() == Place.Kind.CUE && number != null) {
            html.both("Cue " + number, "第 " + number + " 条字幕");
        } else {
            texts.writeLabel(html, place.iri());
        }
        html.close("a");
        if (place.kind() == Place.Kind.SLIDE) {
            if (!place.titles().isEmpty()) {
                html.raw(": ");
                texts.write(html, place.titles());
            }
            writeVideoList(html, place.iri());
        } else if (place.kind() == Place.Kind.CUE) {
            writeClock(html, doc, place);
            if (!place.texts().isEmpty()) {
                html.raw(" <q class=\"cue-text\">");
                texts.write(html, place.texts());
                html.raw("</q>");
            }
        }
    }

    /** A cue's time stamp, linked to its source's video at that second where the source has a video. */
    private void writeClock(Html html, SourceDocument doc, Place place) {
        if (place.clock().isEmpty()) {
            return;
        }
        String clock = place.clock().get();
        html.raw(" ").element("time", clock, "class", "clock", "datetime", "PT" + place.start().getAsLong() + "S");
        Optional<String> watch = doc.watchAt(place);
        if (watch.isPresent()) {
            html.raw(" ").linkBoth(watch.get(), "▶ watch from " + clock, "▶ 从 " + clock + " 观看", "class", "watch");
        }
    }

    /** On a cue's own page: where it is in its source's video, linked to that second where the source has one. */
    private void writeCueVideo(Html html, Node resource) {
        if (!graph.contains(resource, RDF.type.asNode(), AIMIL.Cue.asNode())) {
            return;
        }
        Place place = sources.place(resource);
        Optional<Node> in = sources.sourceOf(resource);
        if (place.clock().isEmpty() || in.isEmpty()) {
            return;
        }
        factName(html, "In the video", "在视频中");
        writeClock(html, sources.document(in.get()), place);
        html.raw("</dd>\n");
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
