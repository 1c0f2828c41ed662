package org.aimilestones.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * How the pages' JSON helpers (/api/queries, /api/terms, /api/complete, /paths as JSON) answer: UTF-8 JSON, not cached
 * by the browser past its next look, and a refusal as {@code {"error": "…", "error_zh": "…"}} with its status.
 */
final class JsonAnswers {

    private JsonAnswers() {}

    /** Sends value with status. */
    static void send(HttpServletResponse response, int status, JsonValue value) throws IOException {
        response.setStatus(status);
        response.setContentType(ContentNegotiation.JSON.contentType());
        response.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, value);
        }
    }

    /** Sends JSON already written as bytes (an answer kept once per data version). */
    static void send(HttpServletResponse response, byte[] json) throws IOException {
        response.setContentType(ContentNegotiation.JSON.contentType());
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(json.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(json);
        }
    }

    /** Refuses a request with status and the reason in English and Chinese. */
    static void refuse(HttpServletResponse response, int status, String english, String chinese) throws IOException {
        JsonObject error = new JsonObject();
        error.put("error", english);
        error.put("error_zh", chinese);
        send(response, status, error);
    }
}
