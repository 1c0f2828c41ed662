package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import java.util.function.Function;
import org.aimilestones.web.ContentNegotiation.Variant;

/**
 * The SHACL shapes. GET /shapes (the shapes graph's IRI) answers 303 See Other to /shapes.{ttl,jsonld,nt,rdf}: they
 * have no HTML document, so a browser gets Turtle. 404 while no shapes are served.
 */
final class ShapesServlet extends LinkedDataServlet {

    private static final long serialVersionUID = 1L;

    private final transient Schemas schemas;

    ShapesServlet(PageLayout layout, Schemas schemas, IriMapping iris, Function<HttpServletRequest, String> base) {
        super(layout, iris, base);
        this.schemas = schemas;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (schemas.shapes().isEmpty()) {
            notFound(request, response);
        } else if (path.equals("/shapes")) {
            seeOther(request, response, ContentNegotiation.RDF_VARIANTS, v -> "shapes." + v.format());
        } else {
            Optional<Variant> variant = path.startsWith("/shapes.")
                    ? ContentNegotiation.byExtension(path.substring("/shapes.".length())).filter(v -> !v.isHtml())
                    : Optional.empty();
            if (variant.isEmpty()) {
                notFound(request, response);
                return;
            }
            String base = base(request);
            Graph shapes = schemas.shapes().get();
            String topic = iris.publicBase() + "shapes";
            document(request, response, variant.get(), lang -> Optional.of(rdf(LinkedDataHttp.describeDocument(
                    shapes, base + "shapes." + variant.get().format(), topic, shapes, topic), variant.get())));
        }
    }
}
