package org.aimilestones.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory instead of being sent; status and headers go to the real response.
 * The Content-Length set by the code behind is ignored: {@link #sendAsIs()} sets the length of the bytes written.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private boolean errorSent;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** @return the body written so far */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** @return whether the code behind answered normally (200, no sendError) */
    boolean isOk() {
        return !errorSent && getStatus() == HttpServletResponse.SC_OK;
    }

    /** Sends what was captured, as it was written. */
    void sendAsIs() throws IOException {
        if (errorSent) {
            return;
        }
        byte[] bytes = body();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void setContentLength(int length) {
        // the length of what is finally sent is set when it is sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // the length of what is finally sent is set when it is sent
    }

    @Override
    public void flushBuffer() {
        // nothing is sent until the code behind has finished
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("the body is captured in memory");
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                    : StandardCharsets.UTF_8;
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }
}
