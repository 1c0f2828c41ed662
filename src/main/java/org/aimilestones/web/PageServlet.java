package org.aimilestones.web;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * GET one HTML page written as a template (pages/NAME.html) inside the {@link PageLayout}, with its placeholder values
 * computed for each request; its first language follows Accept-Language until the reader's setting applies. With an
 * API beside it (/search), the answer is the one {@link ContentNegotiation} chooses between the page and the API's
 * JSON.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final String page;
    private final transient Supplier<List<String>> titles;
    private final transient Supplier<Map<String, String>> values;
    private final transient Function<HttpServletRequest, String> head;
    private final HttpServlet json;

    /**
     * @param titles the page's title in English and Chinese (null for the scripts' title.NAME)
     * @param values the {{key}} values (text) for a request, besides the sources' (see {@link PageLayout#template})
     * @param head   the HTML put at the end of the page's head for a request (canonical link, JSON-LD)
     */
    PageServlet(PageLayout layout, String page, List<String> titles, Supplier<Map<String, String>> values,
            Function<HttpServletRequest, String> head) {
        this(layout, page, () -> titles, values, head, null);
    }

    /**
     * @param titles the page's title in English and Chinese for a request (e.g. with the sources' years)
     * @param json   the servlet answering {@link ContentNegotiation#JSON} (the page's API), or null for none
     */
    PageServlet(PageLayout layout, String page, Supplier<List<String>> titles, Supplier<Map<String, String>> values,
            Function<HttpServletRequest, String> head, HttpServlet json) {
        this.layout = layout;
        this.page = page;
        this.titles = titles;
        this.values = values;
        this.head = head;
        this.json = json;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        if (json != null) {
            json.init(config);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (json != null) {
            resp.addHeader("Vary", "Accept");
            if (!ContentNegotiation.chooseOrFirst(req.getHeader("Accept"), req.getParameter("format"),
                    ContentNegotiation.SEARCH_VARIANTS).isHtml()) {
                json.service(req, resp);
                return;
            }
        }
        super.service(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> text = values.get(); // first: the landing page's counts, then the sources
        String lang = ContentNegotiation.language(req.getHeader("Accept-Language"));
        String document = layout.template(page, lang, titles.get(), text, Map.of(), head.apply(req));
        resp.setContentType(ContentNegotiation.HTML.contentType());
        resp.setHeader("Cache-Control", "no-cache");
        resp.addHeader("Vary", "Accept-Language");
        resp.getWriter().write(document);
    }
}
