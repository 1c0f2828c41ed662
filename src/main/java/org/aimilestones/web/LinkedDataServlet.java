package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.aimilestones.export.Exporter;
import org.aimilestones.server.ETags;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the linked-data servlets: a thing's path answers 303 See Other to one of its documents
 * ({@link LinkedDataHttp#seeOther}); a document's path answers 200 in its one representation with an ETag (hash of
 * the body and the variant) honouring If-None-Match with 304, CORS for anyone, and for HTML
 * {@code Vary: Accept-Language} (the page's first language follows it). Unknown names get 404 (an HTML page when
 * the client prefers HTML, by the server's error handler), and a failure a 500 without a stack trace.
 */
abstract class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);

    private final transient PageLayout layout;
    protected final transient IriMapping iris;
    private final transient Function<HttpServletRequest, String> documentBase;

    /**
     * @param layout       the frame of the HTML pages
     * @param documentBase gives the absolute document base of a request (see {@link LinkedDataModule})
     */
    LinkedDataServlet(PageLayout layout, IriMapping iris, Function<HttpServletRequest, String> documentBase) {
        this.iris = iris;
        this.layout = layout;
        this.documentBase = documentBase;
    }

    /** @return the frame of the HTML pages */
    PageLayout layout() {
        return layout;
    }

    /** Answers the GET; {@link #notFound} when the path names nothing known. */
    protected abstract void serve(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            serve(request, response);
        } catch (QueryCancelledException e) {
            throw e; // the request's deadline passed: the server answers 503 for it
        } catch (RuntimeException e) {
            LOG.error("failed to serve {}", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal server error.");
            }
        }
    }

    /** @return the path after this servlet's prefix ("/resource/" …), still percent-encoded, or empty */
    static Optional<String> rawRest(HttpServletRequest request) {
        String prefix = request.getContextPath() + request.getServletPath() + "/";
        String uri = request.getRequestURI();
        return uri.startsWith(prefix) ? Optional.of(uri.substring(prefix.length())) : Optional.empty();
    }

    /** @return the absolute document base for this request */
    String base(HttpServletRequest request) {
        return documentBase.apply(request);
    }

    /** 303 to the document in the variant chosen among offered; document gives its path relative to the base. */
    void seeOther(HttpServletRequest request, HttpServletResponse response, List<Variant> offered,
            Function<Variant, String> document) throws IOException {
        LinkedDataHttp.seeOther(request, response, base(request), offered, document);
    }

    /**
     * Sends a document in its variant, or 404 if body gives nothing.
     *
     * @param body the document's body in a page language ("en" or "zh"; only HTML differs by it), or empty
     */
    void document(HttpServletRequest request, HttpServletResponse response, Variant variant,
            Function<String, Optional<byte[]>> body) throws IOException {
        LinkedDataHttp.allowAnyOrigin(response);
        String lang = ContentNegotiation.language(request.getHeader("Accept-Language"));
        if (variant.isHtml()) {
            response.setHeader("Vary", "Accept-Language");
        }
        Optional<byte[]> bytes = body.apply(lang);
        if (bytes.isEmpty()) {
            notFound(request, response);
            return;
        }
        String etag = ETags.of(variant.format() + (variant.isHtml() ? "-" + lang : ""), bytes.get());
        response.setHeader("ETag", etag);
        if (ETags.listed(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(variant.contentType());
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }

    /**
     * 404 through the server's error handler: the styled page for a browser, plain text for other clients; readable
     * from any origin, like the documents.
     */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedDataHttp.allowAnyOrigin(response);
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is described at " + request.getRequestURI());
    }

    /** @return graph serialized in the variant's RDF format */
    static byte[] rdf(Graph graph, Variant variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exporter.write(graph, variant.rdf(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
