package org.aimilestones.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aimilestones.web.LinkedDataHttp;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/**
 * What pages of other origins may do here (CORS) and which writes are refused as coming from another site.
 *
 * <p>Public routes, read-only and without credentials (the pages, static files, {@code /DATASET/sparql},
 * {@code /DATASET/get}, documents, dumps, {@code /$/ping}): {@code Access-Control-Allow-Origin: *}, never with
 * credentials. Every other path of the dataset ({@code /DATASET/update}, {@code /DATASET/data} and anything else
 * under {@code /DATASET/}, which needs a login or does not exist) is private: no CORS header at all, unless an
 * allow-list is given ({@code --cors-origin}); then only a listed origin is echoed, with credentials.
 *
 * <p>A write (a private path, a method other than GET, HEAD and OPTIONS) is refused when its {@code Origin} is
 * present and is neither this server's own origin nor listed, or when the browser says it comes from another site
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}) and its origin is not listed. Clients that send neither
 * header (curl, other servers) are not affected.
 */
final class CrossOrigin {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The response headers a script of another origin may read. */
    static final String EXPOSED = LinkedDataHttp.EXPOSED;
    private static final String PUBLIC_METHODS = "GET, HEAD, POST, OPTIONS";
    private static final String PRIVATE_METHODS = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";
    private static final String REQUEST_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type,"
            + " If-Match, If-Modified-Since, If-None-Match, Cache-Control";
    /** How long a browser may keep a preflight's answer, in seconds. */
    static final int MAX_AGE = 600;

    private final String dataset;
    private final Set<String> allowed;
    private final DocumentBase documentBase;

    /**
     * @param dataset      the dataset's path, e.g. /ai-milestones
     * @param corsOrigins  the origins (scheme://host[:port]) whose pages may use the private routes with credentials
     * @param documentBase where this deployment is served (--base-url, --trust-forwarded): its origin is this server's
     */
    CrossOrigin(String dataset, List<String> corsOrigins, DocumentBase documentBase) {
        this.dataset = dataset;
        Set<String> origins = new HashSet<>();
        for (String origin : corsOrigins) {
            origins.add(normalize(origin).orElseThrow(() -> new IllegalArgumentException("bad origin " + origin)));
        }
        this.allowed = Set.copyOf(origins);
        this.documentBase = documentBase;
    }

    /** @return whether path is public: outside the dataset, or its query or read-only Graph Store endpoint */
    boolean isPublic(String path) {
        boolean datasetPath = path.equals(dataset) || path.startsWith(dataset + "/");
        return !datasetPath || path.equals(dataset + "/sparql") || path.equals(dataset + "/get");
    }

    /** @return whether a request is a write: a method other than GET, HEAD, OPTIONS on a private path */
    boolean isWrite(String method, String path) {
        return !isPublic(path) && !SAFE_METHODS.contains(method);
    }

    /** @return whether the request is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method */
    static boolean isPreflight(Request request) {
        return request.getMethod().equals("OPTIONS") && request.getHeaders().contains("Origin")
                && request.getHeaders().contains("Access-Control-Request-Method");
    }

    /** @return whether origin is on the --cors-origin list */
    boolean listed(String origin) {
        return origin != null && normalize(origin).map(allowed::contains).orElse(false);
    }

    /** Puts the CORS headers of an actual (not preflight) request's response. */
    void putHeaders(Request request, HttpFields.Mutable headers) {
        if (isPublic(Request.getPathInContext(request))) {
            headers.put("Access-Control-Allow-Origin", "*");
            headers.put("Access-Control-Expose-Headers", EXPOSED);
            headers.remove("Access-Control-Allow-Credentials");
            return;
        }
        if (allowed.isEmpty()) {
            return;
        }
        headers.ensureField(new HttpField(HttpHeader.VARY, "Origin"));
        String origin = request.getHeaders().get("Origin");
        if (listed(origin)) {
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Access-Control-Allow-Credentials", "true");
            headers.put("Access-Control-Expose-Headers", EXPOSED);
        }
    }

    /**
     * Puts the headers answering a preflight.
     *
     * @return empty if it is allowed (answer 204), else why not (answer 403)
     */
    Optional<String> preflight(Request request, HttpFields.Mutable headers) {
        String path = Request.getPathInContext(request);
        String origin = request.getHeaders().get("Origin");
        headers.put("Access-Control-Max-Age", Integer.toString(MAX_AGE));
        if (isPublic(path)) {
            headers.put("Access-Control-Allow-Origin", "*");
            headers.put("Access-Control-Allow-Methods", PUBLIC_METHODS);
            headers.put("Access-Control-Allow-Headers", REQUEST_HEADERS);
            return Optional.empty();
        }
        if (!allowed.isEmpty()) {
            headers.ensureField(new HttpField(HttpHeader.VARY, "Origin"));
        }
        if (!listed(origin)) {
            return Optional.of("Cross-origin request refused: pages from " + shown(origin) + " may not use " + path
                    + ", which needs a login; only origins named with --cors-origin may"
                    + (allowed.isEmpty() ? " (none are)." : "."));
        }
        headers.put("Access-Control-Allow-Origin", origin);
        headers.put("Access-Control-Allow-Credentials", "true");
        headers.put("Access-Control-Allow-Methods", PRIVATE_METHODS);
        headers.put("Access-Control-Allow-Headers", REQUEST_HEADERS + ", Authorization");
        return Optional.empty();
    }

    /** @return why a write is refused as coming from another origin or site, or empty if it is not */
    Optional<String> writeRefusal(Request request) {
        String origin = request.getHeaders().get("Origin");
        boolean listed = listed(origin);
        if (origin != null && !listed && !ownOrigins(request).contains(normalize(origin).orElse(""))) {
            return Optional.of("Cross-origin write refused: a page from " + shown(origin) + " may not write to this"
                    + " server. Writes from a browser must come from this server's own pages or from an origin named"
                    + " with --cors-origin; clients that send no Origin header (curl, other servers) are not affected.");
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (!listed && site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return Optional.of("Cross-site write refused: the browser says this request comes from another site"
                    + " (Sec-Fetch-Site: " + shown(site) + "). Writes from a browser must come from this server's"
                    + " own pages or from an origin named with --cors-origin.");
        }
        return Optional.empty();
    }

    /** The origins of this server: as the request addresses it (Host), its --base-url, a trusted proxy's. */
    private Set<String> ownOrigins(Request request) {
        Set<String> own = new HashSet<>();
        HttpURI uri = request.getHttpURI();
        if (uri.getHost() != null) {
            String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]"
                    : uri.getHost();
            normalize(uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : ""))
                    .ifPresent(own::add);
        }
        documentBase.configured().flatMap(CrossOrigin::normalize).ifPresent(own::add);
        if (documentBase.trustsForwarded()) {
            HttpFields h = request.getHeaders();
            DocumentBase.forwarded(h.get("Forwarded"), uri.getScheme())
                    .or(() -> DocumentBase.xForwarded(h.get("X-Forwarded-Proto"), h.get("X-Forwarded-Host"),
                            uri.getScheme()))
                    .flatMap(CrossOrigin::normalize).ifPresent(own::add);
        }
        return own;
    }

    /**
     * @return the origin of url as a browser writes it in an Origin header (scheme://host[:port], lower case, no
     *         default port), or empty if url has no http(s) scheme and host
     */
    static Optional<String> normalize(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A header value as shown in a message: at most 100 characters. */
    private static String shown(String value) {
        if (value == null) {
            return "an unnamed origin";
        }
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
