package org.aimilestones.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aimilestones.export.Exporter;
import org.aimilestones.linkeddata.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one thing as an HTML page or RDF: negotiates the variant, sends Vary, an ETag (hash of the body and the
 * variant) honouring If-None-Match with 304, 406 when no variant is acceptable, 404 when the thing is unknown, and
 * a plain 500 without a stack trace when something fails.
 */
abstract class NegotiatingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(NegotiatingServlet.class);
    private static final String AVAILABLE = ContentNegotiation.VARIANTS.stream()
            .map(v -> v.mediaType() + " (?format=" + v.format() + ")").collect(Collectors.joining(", "));

    private final transient PageLayout layout;

    NegotiatingServlet(IriMapping iris) {
        this.layout = new PageLayout(iris);
    }

    /** @return the body of the request's target in the variant, or empty if the request names nothing known */
    protected abstract Optional<byte[]> represent(HttpServletRequest request, Variant variant, String lang);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            serve(request, response);
        } catch (RuntimeException e) {
            LOG.error("failed to serve {}", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
                        utf8("Internal server error.\n"));
            }
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept, Accept-Language");
        Optional<Variant> chosen = ContentNegotiation.choose(request.getHeader("Accept"),
                request.getParameter("format"));
        if (chosen.isEmpty()) {
            send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain; charset=utf-8",
                    utf8("Not acceptable. Available: " + AVAILABLE + ".\n"));
            return;
        }
        Variant variant = chosen.get();
        String lang = ContentNegotiation.language(request.getHeader("Accept-Language"));
        Optional<byte[]> body = represent(request, variant, lang);
        if (body.isEmpty()) {
            if (variant.isHtml()) {
                send(response, HttpServletResponse.SC_NOT_FOUND, variant.contentType(),
                        utf8(layout.notFound(lang, request.getRequestURI())));
            } else {
                send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain; charset=utf-8", utf8("Not found.\n"));
            }
            return;
        }
        String etag = etag(body.get(), variant);
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        send(response, HttpServletResponse.SC_OK, variant.contentType(), body.get());
    }

    /** @return a strong ETag: the variant's format and the start of the SHA-256 of the body */
    private static String etag(byte[] body, Variant variant) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + variant.format() + "-" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** @return true if an If-None-Match header lists the ETag (weakly compared) or is "*" */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
