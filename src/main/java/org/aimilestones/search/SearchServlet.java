package org.aimilestones.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The search API: {@code GET ?q=text&lang=en|zh&limit=n} answers JSON {@code {query, lang, hits: [...]}} with the hits
 * of {@link SearchHit#toJson}; a missing q or a bad lang or limit is a 400 with {@code {error}}.
 */
public class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final transient Supplier<DatasetGraph> data;

    /** @param data the served dataset, wrapped by {@link TextIndex#wrap} */
    public SearchServlet(Supplier<DatasetGraph> data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SearchQuery query;
        int limit;
        try {
            query = new SearchQuery(req.getParameter("q"), req.getParameter("lang"));
            limit = limit(req.getParameter("limit"));
        } catch (IllegalArgumentException e) {
            JsonObject error = new JsonObject();
            error.put("error", e.getMessage());
            send(resp, HttpServletResponse.SC_BAD_REQUEST, error);
            return;
        }
        List<SearchHit> hits;
        try {
            hits = new Search(data.get()).search(query, limit);
        } catch (TextQueryException e) {
            JsonObject error = new JsonObject();
            error.put("error", e.getMessage());
            send(resp, HttpServletResponse.SC_BAD_REQUEST, error);
            return;
        }
        JsonObject answer = new JsonObject();
        answer.put("query", query.text());
        if (query.lang() != null) {
            answer.put("lang", query.lang());
        }
        JsonArray array = new JsonArray();
        hits.forEach(h -> array.add(h.toJson()));
        answer.put("hits", array);
        send(resp, HttpServletResponse.SC_OK, answer);
    }

    private static int limit(String param) {
        if (param == null || param.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(param.trim());
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit is not a number: " + param);
        }
    }

    /** Writes value as UTF-8 JSON with the given status. */
    static void send(HttpServletResponse resp, int status, JsonValue value) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, value);
        }
    }
}
