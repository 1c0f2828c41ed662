package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aimilestones.web.ContentNegotiation;
import org.aimilestones.web.LinkedDataHttp;

/**
 * The dataset as a thing: GET /dataset (the dataset IRI's path) and /dataset/graph (the default named graph of push)
 * answer 303 See Other to the landing page / (HTML) or to the description's document /dataset.{ttl,jsonld,nt,rdf}
 * (served by {@link VoidServlet}); any other path under /dataset/ is 404.
 */
final class DatasetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DocumentBase documentBase;

    DatasetServlet(DocumentBase documentBase) {
        this.documentBase = documentBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/dataset") || path.equals("/dataset/graph")) {
            LinkedDataHttp.seeOther(request, response, documentBase.of(request), ContentNegotiation.VARIANTS,
                    v -> v.isHtml() ? "" : "dataset." + v.format());
            return;
        }
        LinkedDataHttp.allowAnyOrigin(response);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
