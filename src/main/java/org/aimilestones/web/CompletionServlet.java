package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.aimilestones.search.TextQueryException;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * GET /api/complete?q=FRAGMENT&amp;limit=N: the resources whose label begins with FRAGMENT, in English or Chinese
 * ({@link ResourceCompletions}), for the SPARQL editor, as JSON
 * {@code {q, hits: [{iri, name: "res:…", label: {en, zh}, type: {iri, label: {en, zh}}}]}}. A missing or too long q
 * or a bad limit is a 400 with {@code {error, error_zh}}.
 */
final class CompletionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_LIMIT = 10;

    private final transient Supplier<DatasetGraph> data;

    CompletionServlet(Supplier<DatasetGraph> data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        if (q == null || q.isBlank()) {
            refuse(response, "no q: give the beginning of a label, e.g. ?q=alex", "缺少 q：请给出标签的开头，例如 ?q=alex");
            return;
        }
        if (q.length() > ResourceCompletions.MAX_LENGTH) {
            refuse(response, "q is longer than " + ResourceCompletions.MAX_LENGTH + " characters",
                    "q 超过 " + ResourceCompletions.MAX_LENGTH + " 个字符");
            return;
        }
        int limit = DEFAULT_LIMIT;
        String l = request.getParameter("limit");
        if (l != null && !l.isBlank()) {
            try {
                limit = Integer.parseInt(l.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > ResourceCompletions.MAX_LIMIT) {
                refuse(response, "limit must be a number from 1 to " + ResourceCompletions.MAX_LIMIT + ", not " + l,
                        "limit 必须是 1 到 " + ResourceCompletions.MAX_LIMIT + " 之间的数字，而不是 " + l);
                return;
            }
        }
        List<ResourceCompletions.Completion> hits;
        try {
            hits = new ResourceCompletions(data.get()).complete(q, limit);
        } catch (TextQueryException e) {
            refuse(response, "the search index cannot run this fragment", "搜索索引无法执行这段文本");
            return;
        }
        JsonObject answer = new JsonObject();
        answer.put("q", q);
        JsonArray array = new JsonArray();
        hits.forEach(h -> array.add(h.toJson()));
        answer.put("hits", array);
        JsonAnswers.send(response, HttpServletResponse.SC_OK, answer);
    }

    private static void refuse(HttpServletResponse response, String english, String chinese) throws IOException {
        JsonAnswers.refuse(response, HttpServletResponse.SC_BAD_REQUEST, english, chinese);
    }

}
