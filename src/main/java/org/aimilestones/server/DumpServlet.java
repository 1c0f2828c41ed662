package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.export.Exporter;
import org.aimilestones.linkeddata.LinkedDataHttp;
import org.apache.jena.graph.Graph;

/**
 * Serves the dumps: /dumps/{file} is the latest (the asserted triples, or all served triples for -inferred, via the
 * Exporter), /dumps/{release}/{file} the release's immutable copy. Each file is made once per data version (not per
 * request) and kept with its gzip, ETag and Last-Modified: answers carry Content-Length, ETag (If-None-Match gives
 * 304), Last-Modified (If-Modified-Since too), {@code Vary: Accept-Encoding}, gzip when the client accepts it, and
 * CORS for anyone. The release copy is the data as served at start; it is made at its first request, or with the
 * latest while the data is unchanged, and then kept: if updates changed the data before it was ever asked for, it
 * is gone (410), as this server no longer holds the release.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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

    /** The IMF-fixdate of HTTP (RFC 9110), e.g. "Thu, 03 Dec 2026 09:05:01 GMT". */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);

    /** A dump as made for one data version. */
    record Made(long version, byte[] body, byte[] gzip, String etag, Instant lastModified) {}

    private final transient ServedData data;
    private final transient LongSupplier dataVersion;
    private final String release;
    private final long releaseVersion;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final transient Map<String, Made> latest = new ConcurrentHashMap<>();
    private final transient Map<String, Made> releaseCopies = new ConcurrentHashMap<>();

    /** @param release the current release version, e.g. "0.2.0": its copies are under /dumps/{release}/ */
    DumpServlet(ServedData data, String release) {
        this.data = data;
        this.dataVersion = data.served()::version;
        this.release = release;
        this.releaseVersion = dataVersion.getAsLong();
    }

    /** @return the release version whose copies this servlet serves */
    String release() {
        return release;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedDataHttp.allowAnyOrigin(response);
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean releaseCopy = name.startsWith(release + "/");
        String file = releaseCopy ? name.substring(release.length() + 1) : name;
        Dump dump = DUMPS.stream().filter(d -> d.file().equals(file)).findFirst().orElse(null);
        if (dump == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named '" + name + "'");
            return;
        }
        Made made = releaseCopy ? releaseCopy(dump) : latest(dump);
        if (made == null) {
            response.sendError(HttpServletResponse.SC_GONE, "The data changed since the server started:"
                    + " the copy of release " + release + " is not kept; /dumps/" + file + " is the latest");
            return;
        }
        send(request, response, dump, made, releaseCopy);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Dump dump, Made made,
            boolean immutable) throws IOException {
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", made.etag());
        response.setHeader("Last-Modified", httpDate(made.lastModified()));
        response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
        if (notModified(request, made)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? made.gzip() : made.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(dump.mediaType() + "; charset=utf-8");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** @return the dump for the data as it is now, made if the data changed since it was last made */
    private Made latest(Dump dump) {
        Made made = latest.get(dump.file());
        if (made != null && made.version() == dataVersion.getAsLong()) {
            return made;
        }
        synchronized (this) {
            made = latest.get(dump.file());
            if (made == null || made.version() != dataVersion.getAsLong()) {
                made = make(dump);
                latest.put(dump.file(), made);
                if (made.version() == releaseVersion) {
                    releaseCopies.putIfAbsent(dump.file(), made);
                }
            }
            return made;
        }
    }

    /** @return the release's copy, made now if the data is still as at start; null if it changed before */
    private Made releaseCopy(Dump dump) {
        Made made = releaseCopies.get(dump.file());
        if (made != null) {
            return made;
        }
        Made now = latest(dump);
        return now.version() == releaseVersion ? releaseCopies.computeIfAbsent(dump.file(), f -> now) : null;
    }

    /** Serializes the dump, again if the data changed meanwhile, so that the bytes are those of one version. */
    private Made make(Dump dump) {
        for (int attempt = 0; ; attempt++) {
            long before = dataVersion.getAsLong();
            Graph graph = dump.inferred() ? data.inferred() : data.asserted();
            if (dataVersion.getAsLong() != before && attempt < 3) {
                continue;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            ByteArrayOutputStream gzip = new ByteArrayOutputStream();
            try {
                Exporter.write(graph, dump.format(), body);
                try (GZIPOutputStream zip = new GZIPOutputStream(gzip)) {
                    zip.write(body.toByteArray());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = body.toByteArray();
            Instant modified = before == releaseVersion ? started : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return new Made(before, bytes, gzip.toByteArray(), etag(bytes), modified);
        }
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** @return true if If-None-Match lists the ETag, or (without it) If-Modified-Since is not before Last-Modified */
    private static boolean notModified(HttpServletRequest request, Made made) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(made.etag())) {
                    return true;
                }
            }
            return false;
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

    private static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
