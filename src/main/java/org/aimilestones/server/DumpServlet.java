package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.web.LinkedDataHttp;

/**
 * Serves the dumps under /dumps/: the asserted triples, or all served triples (-inferred), latest and as each
 * release (/dumps/0.2.0/..., immutable: the frozen files of {@link ReleaseArchive}), with the bytes
 * {@link DumpFiles} makes once per data version (kept as gzip). Answers carry Content-Length, ETag (If-None-Match
 * gives 304), Last-Modified (If-Modified-Since too), {@code Vary: Accept-Encoding}, gzip when the client accepts it,
 * and CORS for anyone.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The IMF-fixdate of HTTP (RFC 9110), e.g. "Thu, 03 Dec 2026 09:05:01 GMT". */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);

    /** One downloadable file: its name, whether it holds the entailments, and its format. */
    record Dump(String file, boolean inferred, ExportFormat format) {
        String mediaType() {
            return format.lang().getContentType().getContentTypeStr();
        }
    }

    static final List<Dump> DUMPS = List.of(
            new Dump("ai-milestones.ttl", false, ExportFormat.TURTLE),
            new Dump("ai-milestones.nt", false, ExportFormat.NTRIPLES),
            new Dump("ai-milestones.jsonld", false, ExportFormat.JSONLD),
            new Dump("ai-milestones-inferred.ttl", true, ExportFormat.TURTLE),
            new Dump("ai-milestones-inferred.nt", true, ExportFormat.NTRIPLES));

    private final transient DumpFiles files;

    DumpServlet(DumpFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedDataHttp.allowAnyOrigin(response);
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<DumpFiles.File> file = DumpFiles.file(name);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named '" + name + "'");
            return;
        }
        Dump dump = file.get().dump();
        boolean release = !name.equals(dump.file());
        Optional<DumpFiles.Rendered> rendered = release ? files.releaseCopy(file.get())
                : Optional.of(files.render(dump));
        DumpFiles.Rendered made = rendered.orElseThrow(); // every file of DumpFiles.files() is latest or frozen
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", made.etag());
        response.setHeader("Last-Modified", HTTP_DATE.format(made.lastModified().atOffset(ZoneOffset.UTC)));
        response.setHeader("Cache-Control", release ? "public, max-age=31536000, immutable" : "no-cache");
        if (notModified(request, made)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(dump.mediaType() + "; charset=utf-8");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        if (gzip) {
            response.setContentLengthLong(made.gzip().length());
            made.writeGzipTo(response.getOutputStream());
        } else {
            response.setContentLengthLong(made.length());
            made.writeTo(response.getOutputStream());
        }
    }

    /** @return true if If-None-Match lists the ETag, or (without it) If-Modified-Since is not before Last-Modified */
    private static boolean notModified(HttpServletRequest request, DumpFiles.Rendered made) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ETags.listed(ifNoneMatch, made.etag());
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && !made.lastModified().isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** @return true if Accept-Encoding lists gzip (or *) with a q-value above 0 */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(p.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (q > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
