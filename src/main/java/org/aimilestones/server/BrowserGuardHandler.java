package org.aimilestones.server;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of everything, authentication included: puts the {@link SecurityHeaders} and the CORS headers of
 * {@link CrossOrigin} on every response (again just before it is sent, should a servlet have reset it), answers CORS
 * preflights itself (204, or 403 for a private path from an origin not listed), and refuses, before any login is
 * checked, a write coming from another origin or site (403) or sending a {@code text/plain} body (415: a body any
 * web page can send with a form, without asking first).
 */
final class BrowserGuardHandler extends Handler.Wrapper {

    private final CrossOrigin cors;

    BrowserGuardHandler(CrossOrigin cors, Handler handler) {
        super(handler);
        this.cors = cors;
    }

    /** Puts the headers every response to request carries: security headers and CORS. */
    void putHeaders(Request request, HttpFields.Mutable headers) {
        SecurityHeaders.apply(headers);
        cors.putHeaders(request, headers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.apply(response.getHeaders());
        if (CrossOrigin.isPreflight(request)) {
            Optional<String> refusal = cors.preflight(request, response.getHeaders());
            if (refusal.isPresent()) {
                PlainText.send(response, callback, 403, refusal.get());
            } else {
                response.setStatus(204);
                response.write(true, null, callback);
            }
            return true;
        }
        cors.putHeaders(request, response.getHeaders());
        if (cors.isWrite(request.getMethod(), Request.getPathInContext(request))) {
            Optional<String> refusal = cors.writeRefusal(request);
            if (refusal.isPresent()) {
                PlainText.send(response, callback, 403, refusal.get());
                return true;
            }
            if (mediaType(request).equals("text/plain")) {
                PlainText.send(response, callback, 415, "Unsupported media type: text/plain bodies are refused on"
                        + " write endpoints, since any web page can send them; send an update as"
                        + " application/sparql-update or as a form, and data as N-Triples (application/n-triples)"
                        + " or another RDF type.");
                return true;
            }
        }
        return super.handle(request, new HeadersKept(request, response), callback);
    }

    private static String mediaType(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Puts the headers back before the response is sent if something (a reset for an error page) removed them. */
    private final class HeadersKept extends Response.Wrapper {

        HeadersKept(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!isCommitted() && !SecurityHeaders.present(getHeaders())) {
                putHeaders(getRequest(), getHeaders());
            }
            super.write(last, content, callback);
        }
    }
}
