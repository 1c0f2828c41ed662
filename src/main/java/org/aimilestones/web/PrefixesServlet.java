package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * GET /api/prefixes: the project's prefixes as JSON, {@code {"aimil": "https://w3id.org/ai-milestones/ontology#", …}}
 * in the order of {@link Prefixes}, so that the pages' scripts shorten IRIs and write PREFIX lines from the one list
 * the exports and the queries use.
 */
final class PrefixesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final byte[] BODY = body();

    private static byte[] body() {
        JsonObject all = new JsonObject();
        Prefixes.asMap().forEach(all::put);
        return JSON.toString(all).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentLength(BODY.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(BODY);
        }
    }
}
