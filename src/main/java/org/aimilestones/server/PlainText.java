package org.aimilestones.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Short error responses (refusals), never with a stack trace: from a servlet or filter through the server's error
 * handler, from a handler in front of the servlets (before there is a servlet request) as plain text here.
 */
final class PlainText {

    private static final String TYPE = "text/plain; charset=utf-8";

    private PlainText() {}

    /**
     * Sends status with message through the server's error handler ({@link PlainErrorHandler}: the plain-text line
     * "STATUS REASON: message", or the HTML error page for a browser), with Cache-Control: no-store.
     */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendError(status, message);
    }

    /** The same for a handler in front of the servlets (refusals before authentication); completes callback. */
    static void send(Response response, Callback callback, int status, String message) {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
