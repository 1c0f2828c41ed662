package org.aimilestones.web;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** One URL, two answers: an HTML page for browsers, JSON when asked by {@code Accept} or {@code ?format=json}. */
final class NegotiatingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final HttpServlet html;
    private final HttpServlet json;

    NegotiatingServlet(HttpServlet html, HttpServlet json) {
        this.html = html;
        this.json = json;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        html.init(config);
        json.init(config);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.addHeader("Vary", "Accept");
        (wantsJson(req) ? json : html).service(req, resp);
    }

    /** @return true for ?format=json, or an Accept header that names JSON and not HTML */
    static boolean wantsJson(HttpServletRequest req) {
        if ("json".equals(req.getParameter("format"))) {
            return true;
        }
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
