package org.aimilestones.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * First check of every request, before any servlet: a method the path does not take is a 405 (the dataset's
 * endpoints take GET, HEAD, POST, PUT, DELETE, OPTIONS and PATCH and decide for themselves; every other path only
 * GET, HEAD and OPTIONS); a query string longer than max is a 414; a body in another charset than UTF-8 is a 415;
 * parameters that are not UTF-8 are a 400; a body longer than max bytes is a 413, whether its Content-Length says so
 * or it is counted while read (chunked). Other bodies are read into memory ({@link BufferedBodyRequest}), and SPARQL
 * query and update bodies must be UTF-8 (else 400). Forms are parsed by Jetty, whose form limit is set to max. By the
 * time this filter runs, {@link BodyReadHandler} has received the whole body (and decoded it): reading it here never
 * waits on the client.
 */
final class RequestCheckFilter implements Filter {

    private static final Set<String> DATASET_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String dataset;
    private final long max;

    /** @param dataset the dataset's path, e.g. /ai-milestones; @param max the most bytes of a body or a query string */
    RequestCheckFilter(String dataset, long max) {
        this.dataset = dataset;
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI();
        boolean datasetPath = path.equals(dataset) || path.startsWith(dataset + "/");
        Set<String> methods = datasetPath ? DATASET_METHODS : READ_METHODS;
        if (!methods.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", methods.stream().sorted().toList()));
            PlainText.send(response, 405, "Method not allowed: " + path + " takes " + response.getHeader("Allow") + ".");
            return;
        }
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > max) {
            PlainText.send(response, 414, "URI too long: this server takes query strings of at most " + max
                    + " bytes; send a long query in a POST body.");
            return;
        }
        String charset = request.getCharacterEncoding();
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("US-ASCII")) {
            PlainText.send(response, 415, "Unsupported charset: this server reads request bodies as UTF-8 only.");
            return;
        }
        if (request.getContentLengthLong() > max) {
            tooLarge(response);
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            if (isForm(request) && request.getContentLengthLong() < 0) {
                tooLarge(response);
            } else {
                PlainText.send(response, 400, "Bad request: the parameters cannot be read as UTF-8 form data.");
            }
            return;
        }
        if (isForm(request)) {
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
        } else if (isSparql(request) && !isUtf8(body)) {
            PlainText.send(response, 400, "Bad request: a SPARQL query or update must be UTF-8.");
        } else {
            chain.doFilter(new BufferedBodyRequest(request, body), response);
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        PlainText.send(response, 413, "Request body too large: this server takes at most " + max + " bytes.");
    }

    private static boolean isForm(HttpServletRequest request) {
        return mediaType(request).equals("application/x-www-form-urlencoded");
    }

    private static boolean isSparql(HttpServletRequest request) {
        String type = mediaType(request);
        return type.equals("application/sparql-query") || type.equals("application/sparql-update");
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
