package org.aimilestones.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.aimilestones.server.AnswerCache.Answer;

/**
 * In front of the query endpoint (behind {@link RequestCheckFilter}): a query's answer is keyed by the query text
 * (line ends and outer white space normalized), the Accept header and the other request parameters (whether the
 * query came by GET, form or body does not matter), at the data
 * version of the moment. Answers (200s only) carry ETag (data version and key hash), Cache-Control and
 * Vary: Accept; an If-None-Match naming the current ETag is a 304 without running the query; a kept answer is
 * sent again without running it. Errors, timeouts and refusals pass through untouched and are never kept.
 */
final class AnswerCacheFilter implements Filter {

    /** Response headers kept with an answer and sent again with it. */
    private static final List<String> KEPT_HEADERS = List.of(GuardedQueryService.TRUNCATED_HEADER,
            "Content-Disposition");

    private final AnswerCache cache;
    private final LongSupplier dataVersion;
    private final String cacheControl;

    /** @param cacheControl the Cache-Control of answers and 304s */
    AnswerCacheFilter(AnswerCache cache, LongSupplier dataVersion, String cacheControl) {
        this.cache = cache;
        this.dataVersion = dataVersion;
        this.cacheControl = cacheControl;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String key;
        try {
            key = key(request);
        } catch (RuntimeException unreadable) {
            PlainText.send(response, 400, "Bad request: the parameters cannot be read as UTF-8 form data.");
            return;
        }
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long version = dataVersion.getAsLong();
        String id = hash(key);
        String etag = "\"q" + version + "-" + id + "\"";
        if (ETags.listed(request.getHeader("If-None-Match"), etag)) {
            answerHeaders(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Answer answer = cache.get(version, id);
        if (answer == null) {
            CapturedResponse captured = new CapturedResponse(response);
            chain.doFilter(request, captured);
            if (!captured.isOk()) {
                captured.sendAsIs();
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            KEPT_HEADERS.forEach(name -> {
                if (response.getHeader(name) != null) {
                    headers.put(name, response.getHeader(name));
                }
            });
            answer = new Answer(captured.body(), response.getContentType(), headers);
            cache.put(version, id, answer);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        answer.headers().forEach(response::setHeader);
        answerHeaders(response, etag);
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void answerHeaders(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept");
    }

    /** @return what identifies the answer to the request, or null if it is not a query (e.g. a bare GET) */
    private static String key(HttpServletRequest request) {
        String query = queryText(request);
        if (query == null) {
            return null;
        }
        Map<String, List<String>> params = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        if (params.get("query") != null && params.get("query").size() == 1) {
            params.remove("query");
        }
        String accept = request.getHeader("Accept");
        return query.replace("\r\n", "\n").strip() + "\u0000" + (accept == null ? "" : accept.strip()) + "\u0000"
                + params;
    }

    private static String queryText(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if ("POST".equals(request.getMethod()) && type.startsWith("application/sparql-query")
                && request instanceof BufferedBodyRequest buffered) {
            return new String(buffered.body(), StandardCharsets.UTF_8);
        }
        boolean form = type.isEmpty() || type.startsWith("application/x-www-form-urlencoded");
        boolean queryMethod = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod()) && form;
        return queryMethod ? request.getParameter("query") : null;
    }

    /** @return the first 128 bits of the SHA-256 of key, in hex: the key of the answer in the cache and its ETag */
    private static String hash(String key) {
        return ETags.hex(ETags.sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
    }
}
