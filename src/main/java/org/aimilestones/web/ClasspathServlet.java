package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aimilestones.server.ETags;

/**
 * The one static-file servlet: files from one folder of the classpath (the jar), GET {@code /prefix/some/file.js}:
 * the pages' own files at {@code /assets/} ({@link #assets}) and the browser libraries at {@code /webjars/}
 * ({@link #webjars}), where {@code /webjars/NAME/FILE} is the file of the bundled version of webjar NAME (its
 * {@code dist/FILE} if the webjar keeps it there): {@code /webjars/echarts/echarts.min.js},
 * {@code /webjars/codemirror/lib/codemirror.js}. The versioned path {@code /webjars/NAME/VERSION/FILE} of the
 * bundled version still works. Anything else is a 404 (through the server's error handler). Files carry
 * Content-Length and an ETag (If-None-Match gives 304).
 */
final class ClasspathServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final String folder;
    /** The bundled version of each webjar, by name; empty for a plain folder. */
    private final transient Map<String, String> versions;
    /**
     * What was sent so far, by request path: only paths of files the jar holds, up to {@link #KEEP_BYTES} in all (the
     * pages' own files and the parts of the webjars they load are about 2 MB); files asked for past that are read from
     * the jar each time. Opening a jar entry per request (a class-loader lookup and an inflater each time) served the
     * 25 kB stylesheet 19 times slower (96 against 1,811 requests/s) than sending kept bytes.
     */
    private final transient Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final transient AtomicLong kept = new AtomicLong();

    static final long KEEP_BYTES = 16L << 20;

    /** A file as it is sent: its media type, bytes and ETag. */
    private record Sent(String type, byte[] body, String etag) {}

    private ClasspathServlet(String folder, Map<String, String> versions) {
        this.folder = folder;
        this.versions = versions;
    }

    /** @return the servlet of the pages' own files (web/static/ in the jar), for /assets/ */
    static ClasspathServlet assets() {
        return new ClasspathServlet("org/aimilestones/web/static/", Map.of());
    }

    /** @return the servlet of the webjars at version-free paths, for /webjars/ */
    static ClasspathServlet webjars() {
        return new ClasspathServlet("META-INF/resources/webjars/", bundledVersions());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        Sent file = path == null ? null : sent.get(path);
        if (file == null) {
            file = find(path).orElse(null);
        }
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file: " + req.getRequestURI());
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setHeader("ETag", file.etag());
        if (ETags.listed(req.getHeader("If-None-Match"), file.etag())) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(file.type());
        resp.setContentLength(file.body().length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(file.body());
        }
    }

    /** @return the file at path read from the jar (kept for the next request while under the bound), if there is one */
    private Optional<Sent> find(String path) {
        String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
            return Optional.empty();
        }
        return resolve(path.substring(1)).map(resource -> {
            byte[] body = read(resource);
            Sent file = new Sent(type, body, ETags.of("", body));
            if (kept.addAndGet(body.length) <= KEEP_BYTES) {
                if (sent.putIfAbsent(path, file) != null) {
                    kept.addAndGet(-body.length);
                }
            } else {
                kept.addAndGet(-body.length);
            }
            return file;
        });
    }

    /** @return the bytes of a file of the jar */
    private static byte[] read(String resource) {
        try (InputStream in = ClasspathServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gone from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the classpath name of the file at path (after the prefix), if there is one */
    private Optional<String> resolve(String path) {
        if (versions.isEmpty()) {
            return exists(folder + path);
        }
        int slash = path.indexOf('/');
        String version = slash < 0 ? null : versions.get(path.substring(0, slash));
        if (version == null) {
            return Optional.empty();
        }
        String name = path.substring(0, slash);
        String after = path.substring(slash + 1);
        // the versioned path of the bundled version works too
        String rest = after.startsWith(version + "/") ? after.substring(version.length() + 1) : after;
        String root = folder + name + "/" + version + "/";
        return exists(root + rest).or(() -> exists(root + "dist/" + rest));
    }

    private static Optional<String> exists(String resource) {
        return ClasspathServlet.class.getClassLoader().getResource(resource) == null ? Optional.empty()
                : Optional.of(resource);
    }

    /** @return the webjars' versions, written by the build from pom.xml into web/webjars.properties */
    private static Map<String, String> bundledVersions() {
        try (InputStream in = ClasspathServlet.class.getResourceAsStream("webjars.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: org/aimilestones/web/webjars.properties");
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> versions = new java.util.TreeMap<>();
            properties.stringPropertyNames().forEach(name -> versions.put(name, properties.getProperty(name)));
            if (versions.values().stream().anyMatch(v -> v.contains("${"))) {
                throw new IllegalStateException("webjars.properties was not filtered by the build: " + versions);
            }
            return Map.copyOf(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
