package org.aimilestones.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one place where errors become responses (every sendError of a servlet or filter, requests that fail
 * before or outside the endpoints): for a browser (a client preferring text/html, see {@link ErrorPages}) the styled
 * HTML page of the web module, with the status and the server's message; for every other client one plain-text line:
 * the status, its reason and the message when it does not come from an exception. Never a stack trace, whatever the
 * Accept header. A request line with an HTTP version Jetty does not speak is the client's error: 400, not 505. Error
 * pages carry the same security headers as every other response.
 */
final class PlainErrorHandler extends ErrorHandler {

    private static final String PLAIN = "text/plain; charset=utf-8";

    private static final String HTML = "text/html; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(PlainErrorHandler.class);

    private final BiConsumer<Request, HttpFields.Mutable> headers;
    private final Optional<ErrorPages> pages;

    /**
     * @param headers puts the headers every response carries (security headers, CORS)
     * @param pages   the HTML error pages for browsers, if a module has them
     */
    PlainErrorHandler(BiConsumer<Request, HttpFields.Mutable> headers, Optional<ErrorPages> pages) {
        this.headers = headers;
        this.pages = pages;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /** Every method gets an error body (Jetty's default: only GET, POST and HEAD), so it always has a Content-Type. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        int status = code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
        response.setStatus(status);
        headers.accept(request, response.getHeaders());
        Optional<String> page = htmlPage(request, status, shown(status, message, cause));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.isPresent() ? HTML : PLAIN);
        if (page.isPresent()) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        byte[] body = page.map(p -> p.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> text(status, message, cause));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The HTML page for a browser's request, or empty (no module has pages, the client is no browser, a failure). */
    private Optional<String> htmlPage(Request request, int status, String message) {
        if (pages.isEmpty() || HttpMethod.HEAD.is(request.getMethod())) {
            return Optional.empty();
        }
        try {
            return pages.get().page(status, message, request.getHeaders().get(HttpHeader.ACCEPT),
                    request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        } catch (RuntimeException e) {
            LOG.warn("no HTML error page for {} {}", status, request.getHttpURI().getPath(), e);
            return Optional.empty();
        }
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, PLAIN));
        return ByteBuffer.wrap(text(status, reason, null));
    }

    private static byte[] text(int status, String message, Throwable cause) {
        String shown = shown(status, message, cause);
        return (status + " " + HttpStatus.getMessage(status) + (shown != null ? ": " + shown : "") + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @return the message if the client may see it (the server's own words, not an exception's), else null */
    private static String shown(int status, String message, Throwable cause) {
        boolean plain = message != null && cause == null && !message.contains("Exception")
                && !message.equals(HttpStatus.getMessage(status));
        return plain ? message : null;
    }
}
