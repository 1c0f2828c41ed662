package org.aimilestones.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.aimilestones.sources.Citation;
import org.aimilestones.sources.Place;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of one ai-milestones resource, each fact once, in groups ({@link FactGroup}): its labels and
 * comment, then what it is (types and other values), when (its date with precision and basis; where the sources
 * disagree, each source's date with its claim), who and what it involves (its relations both ways, long lists
 * collapsed), where it is stated (the documents in series order, their slides or cues in order, each with credit,
 * quote and "watch from" link), its links outside the graph (Wikidata with the link's confidence, videos, papers) and
 * its rights; with its graph view and its paths one click away. Every heading in English and Chinese.
 */
final class ResourcePage {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Set<Node> DATE_SHOWN = Set.of(AIMIL.date.asNode(), AIMIL.dateBasis.asNode(),
            AIMIL.datePrecision.asNode(), AIMIL.sortDate.asNode());

    /** The link confidences the ontology defines (aimil:linkConfidence), in Chinese as its comment explains them. */
    private static final Map<String, String> CONFIDENCE_ZH = Map.of("confirmed", "已确认（多个独立来源）",
            "single-source", "单一来源");

    private final Graph graph;
    private final PageLayout layout;
    private final NodeLinks links;
    private final Texts texts;
    private final Sources sources;
    private final RelationTables tables;

    ResourcePage(Graph graph, IriMapping iris) {
        this(graph, iris, PageLayout.withoutSources());
    }

    ResourcePage(Graph graph, IriMapping iris, PageLayout layout) {
        this.graph = graph;
        this.layout = layout;
        this.links = new NodeLinks(graph, iris);
        this.texts = links.texts();
        this.sources = new Sources(graph);
        this.tables = new RelationTables(graph, links);
    }

    /** @return the page of resource, showing lang first, with the head of its document (canonical, alternates) */
    String render(Node resource, String lang, PageLayout.Head head) {
        ResourceFacts facts = new ResourceFacts(graph, resource);
        Map<FactGroup, Html> groups = new LinkedHashMap<>();
        section(groups, FactGroup.WHAT, html -> writeWhat(html, resource, facts, lang));
        section(groups, FactGroup.WHEN, html -> writeWhen(html, resource, facts, lang));
        section(groups, FactGroup.RELATIONS, html -> writeRelations(html, resource, facts, lang));
        section(groups, FactGroup.STATED, html -> writeStated(html, resource, lang));
        section(groups, FactGroup.EXTERNAL, html -> writeExternal(html, resource, facts, lang));
        section(groups, FactGroup.RIGHTS, html -> writeRights(html, resource, facts, lang));
        return layout.render(lang, texts.label(resource, "en"), texts.label(resource, "zh"), head, html -> {
            html.raw("<article class=\"resource\">\n<header class=\"resource-head\">");
            html.open("h1");
            texts.writeLabel(html, resource);
            html.close("h1").element("p", resource.getURI(), "class", "iri");
            String iri = URLEncoder.encode(resource.getURI(), StandardCharsets.UTF_8);
            html.raw("<nav class=\"resource-actions\">")
                    .linkBoth(links.local("graph?iri=" + iri), "Graph of its neighbourhood", "关系图：查看其邻域",
                            "class", "action graph-link")
                    .raw(" ")
                    .linkBoth(links.local("paths?from=" + iri), "How is it connected to …?", "它与……有何关联？",
                            "class", "action paths-link")
                    .raw("</nav>");
            if (!texts.literals(resource, RDFS.comment.asNode()).isEmpty()) {
                html.open("p", "class", "comment lead");
                texts.write(html, Texts.firstPerLanguage(texts.literals(resource, RDFS.comment.asNode())));
                html.close("p");
            }
            if (groups.size() > 1) {
                html.raw("<nav class=\"groups\" aria-label=\"Groups\" data-i18n-aria-label=\"resource.groups\">");
                groups.keySet().forEach(g -> html.linkBoth("#" + g.id, g.en, g.zh).raw(" "));
                html.raw("</nav>");
            }
            html.raw("</header>\n");
            groups.forEach((g, body) -> {
                html.open("section", "class", "group", "id", g.id).raw("\n");
                html.bilingual("h2", g.en, g.zh);
                html.raw(body.toString()).raw("</section>\n");
            });
            html.raw("</article>\n");
        });
    }

    /** Writes a group's body into its own builder and keeps it if it wrote anything. */
    private static void section(Map<FactGroup, Html> groups, FactGroup group, Consumer<Html> body) {
        Html html = new Html();
        body.accept(html);
        if (!html.toString().isEmpty()) {
            groups.put(group, html);
        }
    }

    // ---- what it is --------------------------------------------------------------------------------------------

    private void writeWhat(Html html, Node resource, ResourceFacts facts, String lang) {
        List<Node> types = graph.find(resource, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        List<Node> specific = new Hierarchy(graph, RDFS.subClassOf.asNode()).mostSpecific(types);
        // the project's own classes say what it is; their alignments (schema:CreativeWork…) are on the ontology page
        List<Node> own = specific.stream().filter(t -> t.isURI() && t.getURI().startsWith(AIMIL.NS)).toList();
        List<Node> direct = own.isEmpty() ? specific : own;
        Map<Node, List<Node>> rows = facts.outgoing(FactGroup.WHAT);
        if (direct.isEmpty() && rows.isEmpty()) {
            return;
        }
        html.raw("<dl class=\"rows\">\n");
        if (!direct.isEmpty()) {
            factName(html, "Type", "类型");
            for (Node t : direct) {
                html.raw("<span class=\"v\">");
                links.write(html, t);
                html.raw("</span>");
            }
            html.raw("</dd>\n");
        }
        tables.writeRows(html, resource, rows, false, lang);
        html.raw("</dl>\n");
    }

    // ---- when --------------------------------------------------------------------------------------------------

    private void writeWhen(Html html, Node resource, ResourceFacts facts, String lang) {
        Map<Node, List<Node>> rows = new LinkedHashMap<>(facts.outgoing(FactGroup.WHEN));
        boolean dated = rows.containsKey(AIMIL.date.asNode()) || rows.containsKey(AIMIL.dateBasis.asNode());
        Optional<Place> inVideo = cueInVideo(resource);
        if (inVideo.isPresent()) {
            rows.remove(AIMIL.startOffset.asNode());
        }
        rows.keySet().removeAll(DATE_SHOWN);
        if (!dated && inVideo.isEmpty() && rows.isEmpty()) {
            return;
        }
        html.raw("<dl class=\"rows\">\n");
        if (dated) {
            writeDate(html, resource);
        }
        if (inVideo.isPresent()) {
            factName(html, "In the video", "在视频中");
            writeClock(html, sources.document(sources.sourceOf(resource).orElseThrow()), inVideo.get());
            html.raw("</dd>\n");
        }
        tables.writeRows(html, resource, rows, false, lang);
        html.raw("</dl>\n");
    }

    /**
     * The date shown plainly with its precision and its basis (stated, from the section's or source's year, disputed,
     * undated) and, where the sources disagree, each source's date with its claim (which names its source).
     */
    private void writeDate(Html html, Node resource) {
        factName(html, "Date", "日期");
        html.raw("<span class=\"date-values\">");
        texts.write(html, texts.literals(resource, AIMIL.date.asNode()));
        html.raw("</span>");
        for (Node precision : objects(resource, AIMIL.datePrecision.asNode())) {
            html.raw("<span class=\"muted precision\">");
            texts.writeLabel(html, precision);
            html.raw("</span> ");
        }
        for (Node b : objects(resource, AIMIL.dateBasis.asNode())) {
            html.raw("<span class=\"muted basis\">(");
            links.write(html, b);
            html.raw(")</span> ");
        }
        List<Node> claims = graph.find(Node.ANY, AIMIL.about.asNode(), resource).mapWith(t -> t.getSubject())
                .filterKeep(c -> graph.contains(c, RDF.type.asNode(), AIMIL.DateClaim.asNode())).toList().stream()
                .distinct()
                .sorted(Comparator.comparing(c -> texts.literals(c, AIMIL.claimedDate.asNode()).stream()
                        .map(Node::getLiteralLexicalForm).findFirst().orElse(""))).toList();
        if (!claims.isEmpty()) {
            html.raw("<ul class=\"claims\">");
            for (Node claim : claims) {
                html.raw("<li class=\"claim\">");
                texts.write(html, texts.literals(claim, AIMIL.claimedDate.asNode()));
                html.raw(" ");
                links.write(html, claim);
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
        html.raw("</dd>\n");
    }

    /** @return the cue's place, when the resource is a cue with a time in a source */
    private Optional<Place> cueInVideo(Node resource) {
        if (!graph.contains(resource, RDF.type.asNode(), AIMIL.Cue.asNode()) || sources.sourceOf(resource).isEmpty()) {
            return Optional.empty();
        }
        Place place = sources.place(resource);
        return place.clock().isPresent() ? Optional.of(place) : Optional.empty();
    }

    // ---- who and what it involves ------------------------------------------------------------------------------

    private void writeRelations(Html html, Node resource, ResourceFacts facts, String lang) {
        tables.write(html, resource, facts.outgoing(FactGroup.RELATIONS), false, lang);
        if (!facts.incoming().isEmpty()) {
            html.open("h3", "class", "inbound").both("What links here", "链接到此处的资源").close("h3").raw("\n");
            tables.write(html, resource, facts.incoming(), true, lang);
        }
    }

    // ---- where it is stated ------------------------------------------------------------------------------------

    /**
     * The documents stating this resource, in series order, each with its title and credit (dct:rights) in the page's
     * language, then its slides in slide order (number, title, videos) or its cues in cue order (number, time stamp
     * linked to the video at that second where the source has a video, words); then the resource's own quote.
     */
    private void writeStated(Html html, Node resource, String lang) {
        writeStatedInIt(html, resource, lang);
        List<Citation> citations = sources.citing(resource);
        if (!citations.isEmpty()) {
            html.raw("<ol class=\"sources\">");
            for (Citation citation : citations) {
                writeCitation(html, citation);
            }
            html.raw("</ol>\n");
        }
        List<Node> quotes = texts.literals(resource, AIMIL.quote.asNode());
        if (!quotes.isEmpty()) {
            html.raw("<dl class=\"rows\">");
            factName(html, "Quote", "引文");
            html.raw("<blockquote class=\"quote texts\">");
            texts.write(html, quotes);
            html.raw("</blockquote></dd></dl>\n");
        }
    }

    /** On a source's page: the things stated in its slides or cues, collapsed when many, with a query listing them. */
    private void writeStatedInIt(Html html, Node resource, String lang) {
        Set<Node> parts = new java.util.LinkedHashSet<>();
        for (Node in : List.of(AIMIL.inSource.asNode(), AIMIL.inDeck.asNode())) {
            graph.find(Node.ANY, in, resource).forEachRemaining(t -> parts.add(t.getSubject()));
        }
        Set<Node> stated = new java.util.LinkedHashSet<>();
        for (Node part : parts) {
            graph.find(Node.ANY, AIMIL.statedIn.asNode(), part).forEachRemaining(t -> stated.add(t.getSubject()));
        }
        if (stated.isEmpty()) {
            return;
        }
        html.raw("<dl class=\"rows\">\n<dt>").both("Stated in it", "其中陈述的");
        if (stated.size() > RelationTables.OPEN) {
            html.raw(" <span class=\"count\">").text(Integer.toString(stated.size())).raw("</span>");
        }
        html.raw("</dt><dd>");
        tables.writeValues(html, tables.sorted(List.copyOf(stated), lang), RelationTables.statedInQuery(resource));
        html.raw("</dd>\n</dl>\n");
    }

    private void writeCitation(Html html, Citation citation) {
        SourceDocument doc = citation.document();
        html.raw("<li class=\"source\">");
        html.open("a", "href", links.href(doc.iri()).orElse(null), "class", "source-title");
        if (!texts.write(html, doc.titles())) {
            html.text(Texts.shortName(doc.iri()));
        }
        html.close("a");
        if (!doc.rights().isEmpty()) {
            html.raw("<div class=\"credit\">");
            texts.writeLinked(html, doc.rights());
            html.raw("</div>");
        }
        List<Place> places = citation.places();
        if (!places.isEmpty()) {
            writePlaces(html, doc, places.subList(0, Math.min(RelationTables.OPEN, places.size())));
            if (places.size() > RelationTables.OPEN) {
                int rest = places.size() - RelationTables.OPEN;
                html.raw("<details class=\"more\"><summary>").both("Show " + rest + " more", "显示其余 " + rest + " 项")
                        .raw("</summary>");
                writePlaces(html, doc, places.subList(RelationTables.OPEN, places.size()));
                html.raw("</details>");
            }
        }
        html.raw("</li>");
    }

    private void writePlaces(Html html, SourceDocument doc, List<Place> places) {
        html.raw("<ul class=\"places\">");
        for (Place place : places) {
            html.raw("<li>");
            writePlace(html, doc, place);
            html.raw("</li>");
        }
        html.raw("</ul>");
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
        String datetime = "PT" + place.start().getAsLong() + "S";
        Optional<String> watch = doc.watchAt(place).filter(SafeUrl::isSafe);
        html.raw(" ");
        if (watch.isPresent()) {
            // the time once, inside the link that opens the video there: "▶ watch from 00:01:51" / "▶ 从 00:01:51 观看"
            html.open("a", "href", watch.get(), "class", "watch").both("▶ watch from ", "▶ 从 ")
                    .element("time", clock, "class", "clock", "datetime", datetime)
                    .element("span", " 观看", "lang", "zh", "data-l", "zh").close("a");
        } else {
            html.element("time", clock, "class", "clock", "datetime", datetime);
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

    // ---- external links ----------------------------------------------------------------------------------------

    /**
     * The links outside the graph as one block: Wikidata (each with its confidence, linked to the link resource
     * that holds its evidence), videos, then the other links (see also, homepage, papers, evidence), each named in
     * words (Wikidata Q…, DOI …, arXiv …) rather than as a raw IRI.
     */
    private void writeExternal(Html html, Node resource, ResourceFacts facts, String lang) {
        Map<Node, List<Node>> rows = new LinkedHashMap<>(facts.outgoing(FactGroup.EXTERNAL));
        List<Node> videos = rows.containsKey(AIMIL.video.asNode()) ? objects(resource, AIMIL.video.asNode()) : List.of();
        rows.remove(AIMIL.video.asNode());
        boolean any = !videos.isEmpty() || !rows.isEmpty();
        if (!any) {
            return;
        }
        html.raw("<dl class=\"rows external\">\n");
        writeWikidataLinks(html, resource, rows, OWL.sameAs.asNode(), "Wikidata (same as)", "Wikidata（同一实体）");
        writeWikidataLinks(html, resource, rows, SKOS.exactMatch.asNode(), "Wikidata (exact match)", "Wikidata（精确匹配）");
        writeWikidataLinks(html, resource, rows, SKOS.closeMatch.asNode(), "Wikidata (close match)", "Wikidata（近似匹配）");
        if (!videos.isEmpty()) {
            factName(html, "Videos", "视频");
            writeVideoList(html, resource);
            html.raw("</dd>\n");
        }
        rows.entrySet().stream()
                .sorted(Comparator.comparing(e -> texts.label(e.getKey(), lang), NaturalOrder.INSTANCE))
                .forEach(e -> {
                    html.raw("<dt>");
                    links.write(html, e.getKey());
                    html.raw("</dt><dd><ul class=\"values\">");
                    for (Node target : e.getValue()) {
                        html.raw("<li>");
                        writeExternalLink(html, target);
                        html.raw("</li>");
                    }
                    html.raw("</ul></dd>\n");
                });
        html.raw("</dl>\n");
    }

    private void writeWikidataLinks(Html html, Node resource, Map<Node, List<Node>> rows, Node predicate, String en,
            String zh) {
        List<Node> all = rows.getOrDefault(predicate, List.of());
        List<Node> targets = all.stream().filter(ResourcePage::isWikidata).distinct().sorted(Comparator
                .comparing(Node::getURI)).toList();
        if (targets.isEmpty()) {
            return;
        }
        List<Node> rest = new ArrayList<>(all);
        rest.removeAll(targets);
        if (rest.isEmpty()) {
            rows.remove(predicate);
        } else {
            rows.put(predicate, rest);
        }
        factName(html, en, zh);
        for (Node target : targets) {
            html.raw("<span class=\"v\">");
            writeExternalLink(html, target);
            for (Node link : graph.find(Node.ANY, AIMIL.linkObject.asNode(), target).mapWith(t -> t.getSubject())
                    .filterKeep(l -> graph.contains(l, AIMIL.linkSubject.asNode(), resource)
                            && graph.contains(l, AIMIL.linkPredicate.asNode(), predicate)).toList()) {
                for (Node confidence : texts.literals(link, AIMIL.linkConfidence.asNode())) {
                    html.raw(" <span class=\"muted\">(");
                    html.open("a", "href", links.href(link).orElse(null));
                    String value = confidence.getLiteralLexicalForm();
                    String inChinese = CONFIDENCE_ZH.get(value);
                    if (inChinese != null) {
                        html.both(value, inChinese);
                    } else {
                        html.text(value);
                    }
                    html.close("a").raw(")</span>");
                }
            }
            html.raw("</span>");
        }
        html.raw("</dd>\n");
    }

    /** An external IRI as a link named in words where it can be (Wikidata Q…, DOI …, arXiv …), else its labels or address. */
    private void writeExternalLink(Html html, Node target) {
        if (!target.isURI()) {
            links.write(html, target);
            return;
        }
        String iri = target.getURI();
        Optional<String> named = NodeLinks.externalName(iri);
        if (named.isPresent() && texts.literals(target, RDFS.label.asNode()).isEmpty()) {
            html.open("a", "href", links.href(target).orElse(null), "class", "external").text(named.get()).close("a");
        } else {
            html.open("a", "href", links.href(target).orElse(null), "class", "external");
            texts.writeLabel(html, target);
            html.close("a");
        }
    }

    // ---- rights ------------------------------------------------------------------------------------------------

    /** The resource's own rights and credit as readable text with links, its licence named ("CC BY 4.0"). */
    private void writeRights(Html html, Node resource, ResourceFacts facts, String lang) {
        Map<Node, List<Node>> rows = facts.outgoing(FactGroup.RIGHTS);
        if (rows.isEmpty()) {
            return;
        }
        html.raw("<dl class=\"rows rights\">\n");
        writeRightsRow(html, rows, DCTerms.rights.asNode(), "Credit and terms", "署名与使用条件");
        writeRightsRow(html, rows, DCTerms.license.asNode(), "Licence", "许可");
        writeRightsRow(html, rows, DCTerms.rightsHolder.asNode(), "Rights holder", "版权所有者");
        writeRightsRow(html, rows, DCTerms.bibliographicCitation.asNode(), "How to cite", "引用格式");
        html.raw("</dl>\n");
    }

    private void writeRightsRow(Html html, Map<Node, List<Node>> rows, Node property, String en, String zh) {
        List<Node> values = rows.getOrDefault(property, List.of());
        if (values.isEmpty()) {
            return;
        }
        factName(html, en, zh);
        texts.writeLinked(html, Texts.ordered(values.stream().filter(Node::isLiteral).toList()));
        for (Node v : values.stream().filter(n -> !n.isLiteral()).toList()) {
            Optional<String> licence = v.isURI() ? KnownTerms.licence(v.getURI()) : Optional.empty();
            html.raw("<span class=\"v\">");
            if (licence.isPresent()) {
                html.open("a", "href", links.href(v).orElse(null), "class", "licence").text(licence.get()).close("a");
            } else {
                links.write(html, v);
            }
            html.raw("</span>");
        }
        html.raw("</dd>\n");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void factName(Html html, String en, String zh) {
        html.bilingual("dt", en, zh);
        html.raw("<dd>");
    }

    private List<Node> objects(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI).toList()
                .stream().distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static boolean isWikidata(Node node) {
        return node.isURI() && node.getURI().startsWith(WIKIDATA);
    }
}
