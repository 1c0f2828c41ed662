package org.aimilestones.web;

import java.util.List;
import java.util.function.Consumer;
import org.aimilestones.web.ContentNegotiation.Variant;

/**
 * The frame every page shares: head with stylesheet and alternate formats, language switch, footer (the alternate
 * formats and a link to the landing page's list of sources and their credits).
 */
final class PageLayout {

    /** An RDF document about the page's topic, linked as rel="alternate". */
    record Alternate(Variant variant, String href) {}

    /**
     * What the head says about a document page beside its title.
     *
     * @param canonical  the page's own absolute URL (rel="canonical")
     * @param alternates the RDF documents about the same topic
     * @param jsonLd     the topic in schema.org terms, as JSON-LD, embedded in a script element
     */
    record Head(String canonical, List<Alternate> alternates, String jsonLd) {

        /** @return the head of the page at base + path whose RDF documents are base + rdfStem + "." + ext */
        static Head of(String base, String path, String rdfStem, List<Variant> variants, String jsonLd) {
            return new Head(base + path, variants.stream().filter(v -> !v.isHtml())
                    .map(v -> new Alternate(v, base + rdfStem + "." + v.format())).toList(), jsonLd);
        }
    }

    private final IriMapping iris;

    PageLayout(IriMapping iris) {
        this.iris = iris;
    }

    /**
     * @param lang       the language shown first ("en" or "zh"); the switch may change it in the browser
     * @param title      plain text for the title element
     * @param head       the canonical URL, RDF alternates and JSON-LD of a document page; null for none
     * @param body       writes the content of the main element
     */
    String render(String lang, String title, Head head, Consumer<Html> body) {
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", lang, "data-show", lang).raw("\n<head>\n")
                .raw("<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title + " · AI Milestones").raw("\n")
                .open("link", "rel", "stylesheet", "href", iris.asset("milestones.css")).raw("\n");
        if (head != null) {
            html.open("link", "rel", "canonical", "href", head.canonical()).raw("\n");
            for (Alternate a : head.alternates()) {
                html.open("link", "rel", "alternate", "type", a.variant().mediaType(), "href", a.href()).raw("\n");
            }
            html.dataScript("application/ld+json", head.jsonLd()).raw("\n");
        }
        html.open("script", "src", iris.asset("milestones.js"), "defer", "defer").close("script").raw("\n</head>\n<body>\n");
        html.raw("<header class=\"bar\"><nav>")
                .linkBoth(iris.localBase(), "AI Milestones", "AI 里程碑", "class", "home").raw(" ")
                .linkBoth(iris.localBase() + "search", "Search", "搜索").raw(" ")
                .linkBoth(iris.localBase() + "timeline", "Timeline", "时间线").raw(" ")
                .linkBoth(iris.localBase() + "graph", "Graph", "关系图").raw(" ")
                .link(iris.localBase() + "query", "SPARQL").raw(" ")
                .linkBoth(iris.localBase() + "ontology.html", "Ontology", "本体")
                .raw("</nav><span class=\"switch\" role=\"group\" aria-label=\"Language / 语言\">")
                .element("button", "English", "type", "button", "data-set", "en")
                .element("button", "中文", "type", "button", "data-set", "zh")
                .element("button", "EN + 中文", "type", "button", "data-set", "both")
                .raw("</span></header>\n<main>\n");
        body.accept(html);
        html.raw("</main>\n<footer>");
        if (head != null && !head.alternates().isEmpty()) {
            html.raw("<p>").both("Other formats:", "其他格式：").raw(" ");
            for (Alternate a : head.alternates()) {
                html.link(a.href(), a.variant().mediaType(), "type", a.variant().mediaType()).raw(" ");
            }
            html.raw("</p>");
        }
        // the footer is the same on every page and reads no data: it links to the landing page's list of the
        // sources, read from the graph, each with its credit (a resource page credits its own sources above)
        html.raw("<p class=\"sources-link\">").linkBoth(iris.localBase() + "#sources",
                "Sources of the data, each with its credit", "数据来源及各来源的版权说明").raw("</p>");
        html.raw("</footer>\n");
        return html.raw("</body>\n</html>\n").toString();
    }

    /** @return the 404 page for a path that names nothing this server describes */
    String notFound(String lang, String path) {
        return render(lang, "Not found", null, html -> html
                .element("h1", "Not found", "lang", "en", "data-l", "en")
                .element("h1", "未找到", "lang", "zh", "data-l", "zh")
                .open("p").both("Nothing is described at", "此处没有描述任何资源：").raw(" ").element("code", path)
                .close("p")
                .open("p").linkBoth(iris.localBase() + "ontology.html", "The AI Milestones ontology", "AI 里程碑本体")
                .close("p"));
    }
}
