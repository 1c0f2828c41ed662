package org.aimilestones.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.aimilestones.export.Exporter;
import org.aimilestones.web.ContentNegotiation;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;

/**
 * Sends a small RDF graph in the format the request asks for (Accept, or ?format), through the one content
 * negotiation of the linked-data pages: Turtle (default), JSON-LD, N-Triples, RDF/XML.
 */
final class RdfResponses {

    private RdfResponses() {}

    /** @return the RDF variant the request prefers, or empty if it accepts none (406) */
    static Optional<Variant> choose(HttpServletRequest request) {
        return ContentNegotiation.choose(request.getHeader("Accept"), request.getParameter("format"),
                ContentNegotiation.RDF_VARIANTS);
    }

    /** Sends graph negotiated; 406 when no RDF syntax is acceptable. */
    static void send(HttpServletRequest request, HttpServletResponse response, Graph graph) {
        Optional<Variant> chosen = choose(request);
        try {
            if (chosen.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "Not acceptable: offered are text/turtle, application/ld+json, application/n-triples and"
                                + " application/rdf+xml");
                return;
            }
            send(response, graph, chosen.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends graph in the variant, 200. */
    static void send(HttpServletResponse response, Graph graph, Variant variant) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(variant.contentType());
        Exporter.write(graph, variant.rdf(), response.getOutputStream());
    }
}
