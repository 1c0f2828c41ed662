package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** GET /static/{file}: the pages' stylesheet and script, from a fixed list of files inside the jar. */
final class StaticAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A file served from the jar, read once. */
    private record Asset(String contentType, byte[] body) {}

    private final transient Map<String, Asset> assets = Map.of(
            "/milestones.css", load("ld-page.css", "text/css; charset=utf-8"),
            "/milestones.js", load("ld-page.js", "text/javascript; charset=utf-8"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset asset = request.getPathInfo() == null ? null : assets.get(request.getPathInfo());
        if (asset == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(asset.contentType());
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentLength(asset.body().length);
        response.getOutputStream().write(asset.body());
    }

    private static Asset load(String file, String contentType) {
        try (InputStream in = StaticAssetServlet.class.getResourceAsStream("static/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: static/" + file);
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
