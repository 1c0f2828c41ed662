package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the {@link DatasetDescription} at /.well-known/void, computed from the data as it is now. */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedData data;

    VoidServlet(ServedData data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        RdfResponses.send(request, response,
                DatasetDescription.describe(data.inferred(), data.asserted().size(), base));
    }
}
