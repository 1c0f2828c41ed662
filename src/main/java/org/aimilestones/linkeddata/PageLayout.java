package org.aimilestones.linkeddata;

import java.util.function.Consumer;
import org.aimilestones.linkeddata.ContentNegotiation.Variant;

/** The frame every page shares: head with stylesheet and alternate formats, language switch, footer. */
final class PageLayout {

    private final IriMapping iris;

    PageLayout(IriMapping iris) {
        this.iris = iris;
    }

    /**
     * @param lang       the language shown first ("en" or "zh"); the switch may change it in the browser
     * @param title      plain text for the title element
     * @param alternates whether to link the RDF serializations of this page (?format=...)
     * @param body       writes the content of the main element
     */
    String render(String lang, String title, boolean alternates, Consumer<Html> body) {
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", lang, "data-show", lang).raw("\n<head>\n")
                .raw("<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title + " · ai-milestones").raw("\n")
                .open("link", "rel", "stylesheet", "href", iris.asset("milestones.css")).raw("\n");
        if (alternates) {
            for (Variant v : ContentNegotiation.VARIANTS) {
                if (!v.isHtml()) {
                    html.open("link", "rel", "alternate", "type", v.mediaType(), "href", "?format=" + v.format())
                            .raw("\n");
                }
            }
        }
        html.open("script", "src", iris.asset("milestones.js"), "defer", "defer").close("script").raw("\n</head>\n<body>\n");
        html.raw("<header class=\"bar\"><nav>")
                .link(iris.localBase(), "ai-milestones", "class", "home").raw(" ")
                .link(iris.localBase() + "search", "Search").raw(" ")
                .link(iris.localBase() + "timeline", "Timeline").raw(" ")
                .link(iris.localBase() + "graph", "Graph").raw(" ")
                .link(iris.localBase() + "query", "SPARQL").raw(" ")
                .link(iris.localBase() + "ontology", "Ontology")
                .raw("</nav><span class=\"switch\" role=\"group\" aria-label=\"Language / 语言\">")
                .element("button", "English", "type", "button", "data-set", "en")
                .element("button", "中文", "type", "button", "data-set", "zh")
                .element("button", "EN + 中文", "type", "button", "data-set", "both")
                .raw("</span></header>\n<main>\n");
        body.accept(html);
        html.raw("</main>\n");
        if (alternates) {
            html.raw("<footer>").element("span", "Other formats: ");
            for (Variant v : ContentNegotiation.VARIANTS) {
                if (!v.isHtml()) {
                    html.link("?format=" + v.format(), v.mediaType(), "type", v.mediaType()).raw(" ");
                }
            }
            html.raw("</footer>\n");
        }
        return html.raw("</body>\n</html>\n").toString();
    }

    /** @return the 404 page for a path that names nothing this server describes */
    String notFound(String lang, String path) {
        return render(lang, "Not found", false, html -> html
                .element("h1", "Not found", "lang", "en", "data-l", "en")
                .element("h1", "未找到", "lang", "zh", "data-l", "zh")
                .open("p").text("Nothing is described at ").element("code", path).text(".").close("p")
                .open("p").link(iris.localBase() + "ontology", "The ai-milestones ontology").close("p"));
    }
}
