package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.aimilestones.linkeddata.LinkedDataHttp;

/**
 * Serves the {@link DatasetDescription} at /.well-known/void, computed from the data as it is now, negotiated, with
 * the Content-Location of the same description's own document (/dataset.{ext}).
 */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedData data;
    private final Optional<String> baseUrl;

    VoidServlet(ServedData data, Optional<String> baseUrl) {
        this.data = data;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String base = LinkedDataHttp.documentBase(request, baseUrl);
        response.setHeader("Vary", "Accept");
        LinkedDataHttp.allowAnyOrigin(response);
        RdfResponses.choose(request).ifPresent(v -> response.setHeader("Content-Location",
                base + "dataset." + v.format()));
        RdfResponses.send(request, response, describe(data, base));
    }

    /** The one place the description is computed from the data, for this servlet and the dataset's documents. */
    static org.apache.jena.graph.Graph describe(ServedData data, String base) {
        return DatasetDescription.describe(data.inferred(), data.asserted().size(), base);
    }
}
