package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** GET one HTML page of {@link Templates}, with its placeholder values computed for each request. */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Templates templates;
    private final String page;
    private final transient Supplier<Map<String, String>> values;
    private final transient Supplier<Map<String, String>> html;
    private final transient Function<HttpServletRequest, String> head;

    /**
     * @param values the {{key}} values (text) for a request
     * @param html   the {{{key}}} values (the server's own HTML) for a request, besides head
     * @param head   the HTML put at the end of the page's head for a request (canonical link, JSON-LD)
     */
    PageServlet(Templates templates, String page, Supplier<Map<String, String>> values,
            Supplier<Map<String, String>> html, Function<HttpServletRequest, String> head) {
        this.templates = templates;
        this.page = page;
        this.values = values;
        this.html = html;
        this.head = head;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> text = values.get(); // first: the landing page's counts, then the sources
        Map<String, String> raw = new HashMap<>(html.get());
        raw.put("head", head.apply(req));
        String document = templates.render(page, text, raw);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getWriter().write(document);
    }
}
