package org.aikg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bounds request bodies: a body longer than max bytes is a 413, whether its Content-Length says so or it is counted
 * while read (chunked). Other bodies are read into memory here, so the services behind read them from memory (and
 * {@link AnswerCacheFilter} can read a query body too). Form bodies are parsed by Jetty, whose form limit is set to
 * the same max; a form that cannot be read is a 413 if it may be too long, else a 400.
 */
final class BodyLimitFilter implements Filter {

    private final long max;

    BodyLimitFilter(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > max) {
            tooLarge(response);
            return;
        }
        if (isForm(request)) {
            try {
                request.getParameterMap();
            } catch (RuntimeException unreadable) {
                if (request.getContentLengthLong() < 0) {
                    tooLarge(response);
                } else {
                    PlainText.send(response, 400, "Bad request: the form body cannot be read as UTF-8 form data.");
                }
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException unreadable) {
            PlainText.send(response, 400, "Bad request: the body cannot be read.");
            return;
        }
        if (body.length > max) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        PlainText.send(response, 413, "Request body too large: this server takes at most " + max + " bytes.");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A request whose body has been read: it can be read again, as often as needed. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        /** @return the body, as received */
        byte[] body() {
            return body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        /** The body as UTF-8, the only encoding SPARQL and the RDF formats served here take. */
        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
