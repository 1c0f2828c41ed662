package org.aimilestones.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages (requests that fail before or outside the endpoints) as one plain-text line: the status, its
 * reason and the message when it does not come from an exception; never a stack trace, whatever the Accept header.
 * A request line with an HTTP version Jetty does not speak is the client's error: 400, not 505. Error pages carry
 * the same security headers as every other response.
 */
final class PlainErrorHandler extends ErrorHandler {

    private static final String PLAIN = "text/plain; charset=utf-8";

    private final BiConsumer<Request, HttpFields.Mutable> headers;

    /** @param headers puts the headers every response carries (security headers, CORS) */
    PlainErrorHandler(BiConsumer<Request, HttpFields.Mutable> headers) {
        this.headers = headers;
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
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PLAIN);
        response.write(true, ByteBuffer.wrap(text(status, message, cause)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, PLAIN));
        return ByteBuffer.wrap(text(status, reason, null));
    }

    private static byte[] text(int status, String message, Throwable cause) {
        boolean plain = message != null && cause == null && !message.contains("Exception")
                && !message.equals(HttpStatus.getMessage(status));
        return (status + " " + HttpStatus.getMessage(status) + (plain ? ": " + message : "") + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
