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
 * of {@link SearchHit#toJson}; a missing q, a search text over {@value SearchQuery#MAX_WORDS} words or
 * {@value SearchQuery#MAX_LENGTH} characters, one the index refuses, or a bad lang or limit is a 400 with
 * {@code {error, error_zh}} (the reason in English and Chinese).
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
        } catch (SearchQuery.RefusedException e) {
            refuse(resp, e.getMessage(), e.chinese());
            return;
        }
        List<SearchHit> hits;
        try {
            hits = new Search(data.get()).search(query, limit);
        } catch (TextQueryException e) {
            refuse(resp, e.getMessage(), "搜索索引无法执行这段搜索文本（" + e.getMessage() + "）");
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
                throw new SearchQuery.RefusedException("limit must be between 1 and " + MAX_LIMIT,
                        "limit 必须在 1 到 " + MAX_LIMIT + " 之间");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SearchQuery.RefusedException("limit is not a number: " + param, "limit 不是数字：" + param);
        }
    }

    /** A 400 whose JSON gives the reason in English (error) and Chinese (error_zh). */
    private static void refuse(HttpServletResponse resp, String english, String chinese) throws IOException {
        JsonObject error = new JsonObject();
        error.put("error", english);
        error.put("error_zh", chinese);
        send(resp, HttpServletResponse.SC_BAD_REQUEST, error);
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
