package org.aimilestones.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.aimilestones.web.ContentNegotiation.Variant;

/**
 * The one frame of every HTML page (pages/layout.html): the head (title in English and Chinese, the stylesheet, the
 * scripts, the page's canonical and alternate links and JSON-LD), the header (brand, navigation, the language switch
 * English / 中文 / both), the page's main content and the footer (the alternate formats of a document page, the
 * sources' titles read from the graph with a link to their credits, the dumps, VoID and the endpoint, the licence).
 * The pages written as HTML (pages/NAME.html), the pages built in Java ({@link ResourcePage}, {@link OntologyPage}) and
 * the error pages all come out of here.
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

        /** @return the head's HTML: canonical link, alternate links, the JSON-LD in a data script */
        String html() {
            Html html = new Html();
            html.open("link", "rel", "canonical", "href", canonical).raw("\n");
            for (Alternate a : alternates) {
                html.open("link", "rel", "alternate", "type", a.variant().mediaType(), "href", a.href()).raw("\n");
            }
            if (jsonLd != null) {
                html.dataScript("application/ld+json", jsonLd).raw("\n");
            }
            return html.toString();
        }
    }

    /** The brand, at the end of every page title. */
    static final String BRAND_EN = "AI Milestones";
    static final String BRAND_ZH = "AI 里程碑";

    private final Templates templates;
    private final SourceCredits credits;

    /**
     * @param credits the sources' years and titles for the header and footer, read from the served data; null for a
     *                layout without them (pages rendered outside a server, in tests)
     */
    PageLayout(Templates templates, SourceCredits credits) {
        this.templates = templates;
        this.credits = credits;
    }

    /** @return a layout that names no sources (for pages rendered outside a server) */
    static PageLayout withoutSources() {
        return new PageLayout(new Templates(), null);
    }

    /** @return the templates this layout fills */
    Templates templates() {
        return templates;
    }

    /** @return the sources' texts for the data now (waiting for them under the request's deadline), or none */
    Optional<SourceCredits.Shown> sources() {
        return credits == null ? Optional.empty() : Optional.of(credits.get());
    }

    /** @return the sources' texts if they are computed for the data now, else none; never waits (error pages) */
    private Optional<SourceCredits.Shown> sourcesIfReady() {
        return credits == null ? Optional.empty() : credits.ifReady();
    }

    /** A page built in Java whose title is one text (a name from the data, in the page's language). */
    String render(String lang, String title, Head head, Consumer<Html> body) {
        return render(lang, title, title, head, body);
    }

    /**
     * A page built in Java (resource, ontology).
     *
     * @param lang    the language shown first ("en" or "zh"), until the reader's setting in the browser applies
     * @param titleEn the page's name in English (plain text), before the brand in the title
     * @param titleZh the same in Chinese
     * @param head    the canonical URL, RDF alternates and JSON-LD of a document page; null for none
     * @param body    writes the content of the main element
     */
    String render(String lang, String titleEn, String titleZh, Head head, Consumer<Html> body) {
        return render("document", lang, titleEn, titleZh, head, body);
    }

    /** The same, for the page named page in the navigation (e.g. "ontology"; "document" for none). */
    String render(String page, String lang, String titleEn, String titleZh, Head head, Consumer<Html> body) {
        Html html = new Html().raw("<div class=\"document\">\n");
        body.accept(html);
        html.raw("</div>\n");
        return frame(page, lang, title(titleEn + " — " + BRAND_EN, titleZh + " — " + BRAND_ZH),
                head == null ? "" : head.html(), html.toString(), formats(head), sources());
    }

    /**
     * A page whose content is written as HTML (pages/NAME.html).
     *
     * @param titles the page's title in English and Chinese, or null to take it from the scripts' texts (key
     *               title.NAME)
     * @param values the body's {{key}} values (text); "years" is added
     * @param html   the body's {{{key}}} values (the server's HTML); "sources" (the list of sources) is added
     * @param head   the HTML put at the end of the head (canonical link, JSON-LD)
     */
    String template(String name, String lang, List<String> titles, Map<String, String> values,
            Map<String, String> html, String head) {
        Optional<SourceCredits.Shown> shown = sources();
        Map<String, String> text = new HashMap<>(values);
        Map<String, String> raw = new HashMap<>(html);
        text.put("years", "");
        raw.put("sources", "");
        shown.ifPresent(s -> {
            text.putAll(s.values());
            raw.putAll(s.html());
        });
        String title = titles != null ? title(titles.get(0), titles.get(1))
                : "<title data-i18n=\"title." + Html.escape(name) + "\">" + BRAND_EN + "</title>";
        return frame(name, lang, title, head, templates.fill(name, text, raw), "", shown);
    }

    /**
     * The error page of every route for the clients that prefer HTML: the status in English and Chinese with what
     * it means, the server's own message (verbatim, as code), a search box and a link to the landing page.
     *
     * @param message the server's message, or null; a message of two lines is English then Chinese
     */
    String error(int status, String message, String lang) {
        ErrorTexts texts = ErrorTexts.of(status);
        Html html = new Html();
        html.raw("<section class=\"error-page\">\n<h1>").element("span", Integer.toString(status), "class", "status")
                .raw(" ").both(texts.en(), texts.zh()).raw("</h1>\n")
                .open("p", "class", "error-explanation").both(texts.explainEn(), texts.explainZh()).close("p")
                .raw("\n");
        if (message != null && !message.isBlank()) {
            String[] lines = message.strip().split("\n");
            html.open("p", "class", "error-detail");
            if (lines.length == 2) {
                html.both(lines[0], lines[1]);
            } else {
                html.element("code", message.strip());
            }
            html.close("p").raw("\n");
        }
        html.raw("<form class=\"search-box\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" autocomplete=\"off\" aria-label=\"Search\""
                + " data-i18n-aria-label=\"search.title\" data-i18n-placeholder=\"search.placeholder\""
                + " placeholder=\"深度学习, 商汤, DeepMind, face recognition…\">"
                + "<button type=\"submit\" data-i18n=\"search.button\">Search</button></form>\n")
                .open("p").linkBoth("/", "Back to the home page", "返回首页").close("p").raw("\n</section>\n");
        return frame("error", lang, title(status + " " + texts.en() + " — " + BRAND_EN,
                status + " " + texts.zh() + " — " + BRAND_ZH), "", html.toString(), "", sourcesIfReady());
    }

    private String frame(String page, String lang, String title, String head, String body, String formats,
            Optional<SourceCredits.Shown> shown) {
        Map<String, String> values = new HashMap<>();
        values.put("lang", lang);
        values.put("page", page);
        values.put("years", shown.map(SourceCredits.Shown::years).orElse(""));
        Map<String, String> html = new HashMap<>();
        html.put("title", title);
        html.put("head", head);
        html.put("body", body);
        html.put("formats", formats);
        html.put("footerSources", shown.map(s -> s.footer()).orElse(""));
        return templates.fill("layout", values, html);
    }

    /** The title element: English in its text, both languages for the switch (static/i18n.js). */
    private static String title(String en, String zh) {
        return new Html().element("title", en, "data-title-en", en, "data-title-zh", zh).toString();
    }

    /** The footer's line of a document page's other formats (empty for other pages). */
    private static String formats(Head head) {
        if (head == null || head.alternates().isEmpty()) {
            return "";
        }
        Html html = new Html().raw("<p class=\"formats\">").both("Other formats:", "其他格式：").raw(" ");
        for (Alternate a : head.alternates()) {
            html.link(a.href(), a.variant().mediaType(), "type", a.variant().mediaType()).raw(" ");
        }
        return html.raw("</p>").toString();
    }

    /** What an error status means, in English and Chinese. */
    private record ErrorTexts(String en, String zh, String explainEn, String explainZh) {

        static ErrorTexts of(int status) {
            return switch (status) {
                case 400 -> new ErrorTexts("Bad request", "请求有误",
                        "The server could not understand this request.", "服务器无法理解此请求。");
                case 403 -> new ErrorTexts("Forbidden", "禁止访问",
                        "This server does not answer this request.", "此服务器不回答此请求。");
                case 404 -> new ErrorTexts("Not found", "未找到",
                        "Nothing is described at this address. Search for what you are looking for:",
                        "此地址没有描述任何内容。请搜索你要找的内容：");
                case 405 -> new ErrorTexts("Method not allowed", "不允许此方法",
                        "This address exists, but it does not answer this kind of request (e.g. a form sent to a"
                                + " page). Open it as a page, or search:",
                        "此地址存在，但不回答此类请求（例如向页面提交表单）。请以页面方式打开，或搜索：");
                case 406 -> new ErrorTexts("Not acceptable", "无法提供所请求的格式",
                        "This address has no document in the format asked for.", "此地址没有所请求格式的文档。");
                case 408 -> new ErrorTexts("Request timed out", "请求超时",
                        "The request took too long to arrive.", "请求到达的时间过长。");
                case 413, 414, 431 -> new ErrorTexts("Request too large", "请求过大",
                        "The request is larger than this server accepts.", "请求超过了此服务器接受的大小。");
                case 429 -> new ErrorTexts("Too many requests", "请求过多",
                        "Too many requests in a short time. Wait a moment and try again.", "短时间内请求过多。请稍候再试。");
                case 503 -> new ErrorTexts("Busy", "服务器繁忙",
                        "The server cannot answer this page right now. Try again in a moment.",
                        "服务器现在无法提供此页面。请稍后再试。");
                default -> status >= 500
                        ? new ErrorTexts("Server error", "服务器错误",
                                "The server failed to answer this request.", "服务器未能回答此请求。")
                        : new ErrorTexts("Request refused", "请求被拒绝",
                                "The server does not answer this request.", "服务器不回答此请求。");
            };
        }
    }
}
