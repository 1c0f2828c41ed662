package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.aimilestones.linkeddata.ContentNegotiation;
import org.aimilestones.linkeddata.ContentNegotiation.Variant;
import org.aimilestones.linkeddata.IriMapping;
import org.aimilestones.linkeddata.LinkedDataHttp;

/**
 * The dataset as a thing and its documents. GET /dataset (the dataset IRI) and /dataset/graph (the default named
 * graph of push) answer 303 See Other to the landing page / (HTML) or /dataset.{ttl,jsonld,nt,rdf}, which hold the
 * dataset description (VoID and DCAT) and say what they are about.
 */
final class DatasetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedData data;
    private final Optional<String> baseUrl;

    DatasetServlet(ServedData data, Optional<String> baseUrl) {
        this.data = data;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String base = LinkedDataHttp.documentBase(request, baseUrl);
        if (path.equals("/dataset") || path.equals("/dataset/graph")) {
            LinkedDataHttp.seeOther(request, response, base, ContentNegotiation.VARIANTS,
                    v -> v.isHtml() ? "" : "dataset." + v.format());
            return;
        }
        Optional<Variant> variant = path.startsWith("/dataset.")
                ? ContentNegotiation.byExtension(path.substring("/dataset.".length())).filter(v -> !v.isHtml())
                : Optional.empty();
        LinkedDataHttp.allowAnyOrigin(response);
        if (variant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RdfResponses.send(response, LinkedDataHttp.describeDocument(VoidServlet.describe(data, base),
                base + "dataset." + variant.get().format(), IriMapping.DATASET), variant.get());
    }
}
