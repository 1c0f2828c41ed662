package org.aimilestones.server;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where this deployment serves its documents (pages, data documents, dumps, the SPARQL endpoint): the absolute URL,
 * ending in "/", that document URLs are written under. It is never used for the IRIs of things (those stay under
 * https://w3id.org/ai-milestones/), only for the URLs of documents.
 *
 * <p>In order: the --base-url if one is given; else, only with --trust-forwarded, the scheme and host a proxy
 * states in RFC 7239 {@code Forwarded} (its first element) or in {@code X-Forwarded-Proto}/{@code X-Forwarded-Host};
 * else the address and port the request came in on (from the socket, never from the {@code Host} header). Forwarded
 * values are checked: a scheme other than http or https, or a host that is not a plain host name, IPv4 or bracketed
 * IPv6 address with an optional port, makes the header ignored.
 */
public final class DocumentBase {

    /** No --base-url, forwarded headers ignored: the server's own address. */
    public static final DocumentBase LOCAL = new DocumentBase(null, false);

    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
            + "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final String baseUrl;
    private final boolean trustForwarded;

    private DocumentBase(String baseUrl, boolean trustForwarded) {
        this.baseUrl = baseUrl;
        this.trustForwarded = trustForwarded;
    }

    /**
     * @param baseUrl        the --base-url: an absolute http or https URL ending in "/", or null for none
     * @param trustForwarded whether a proxy's Forwarded / X-Forwarded-* headers name the base (--trust-forwarded)
     * @throws IllegalArgumentException naming a bad base URL
     */
    public static DocumentBase of(String baseUrl, boolean trustForwarded) {
        if (baseUrl != null) {
            checkBaseUrl(baseUrl);
        }
        return new DocumentBase(baseUrl, trustForwarded);
    }

    private static void checkBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !url.endsWith("/")
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("bad base URL '" + url
                        + "': expected an absolute http or https URL ending in '/', e.g. https://example.org/");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad base URL '" + url + "': " + e.getMessage(), e);
        }
    }

    /** @return the --base-url, if one was given */
    public Optional<String> configured() {
        return Optional.ofNullable(baseUrl);
    }

    /** @return whether forwarded headers are honoured */
    public boolean trustsForwarded() {
        return trustForwarded;
    }

    /** @return the absolute document base for this request, ending in "/" */
    public String of(HttpServletRequest request) {
        if (baseUrl != null) {
            return baseUrl;
        }
        if (trustForwarded) {
            Optional<String> forwarded = forwarded(request.getHeader("Forwarded"), request.getScheme())
                    .or(() -> xForwarded(request.getHeader("X-Forwarded-Proto"),
                            request.getHeader("X-Forwarded-Host"), request.getScheme()));
            if (forwarded.isPresent()) {
                return forwarded.get() + request.getContextPath() + "/";
            }
        }
        String address = request.getLocalAddr();
        String host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
        return request.getScheme().toLowerCase(Locale.ROOT) + "://" + host + ":" + request.getLocalPort()
                + request.getContextPath() + "/";
    }

    /**
     * @return scheme://host from the first element of an RFC 7239 Forwarded header, if it is well formed and names a
     *         host (the scheme defaults to the request's); empty otherwise
     */
    static Optional<String> forwarded(String header, String requestScheme) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Optional.empty();
        }
        Map<String, String> pairs = firstElement(header);
        if (pairs == null || !pairs.containsKey("host")) {
            return Optional.empty();
        }
        return origin(pairs.getOrDefault("proto", requestScheme), pairs.get("host"));
    }

    /** The pairs of the first forwarded-element, names in lower case; null if it is not well formed. */
    private static Map<String, String> firstElement(String header) {
        Map<String, String> pairs = new HashMap<>();
        int i = 0;
        int n = header.length();
        while (true) {
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                return null;
            }
            String name = header.substring(i, eq).trim();
            if (!TOKEN.matcher(name).matches()) {
                return null;
            }
            i = eq + 1;
            String value;
            if (i < n && header.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (i < n && header.charAt(i) != '"') {
                    char c = header.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = header.charAt(++i);
                    }
                    if (c < 0x20 || c == 0x7f) {
                        return null;
                    }
                    quoted.append(c);
                    i++;
                }
                if (i >= n) {
                    return null;
                }
                i++;
                value = quoted.toString();
            } else {
                int start = i;
                while (i < n && header.charAt(i) != ';' && header.charAt(i) != ',' && header.charAt(i) != ' ') {
                    i++;
                }
                value = header.substring(start, i);
                if (!TOKEN.matcher(value).matches() && !value.matches("[A-Za-z0-9.:\\[\\]_-]+")) {
                    return null;
                }
            }
            if (pairs.putIfAbsent(name.toLowerCase(Locale.ROOT), value) != null) {
                return null;
            }
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n || header.charAt(i) == ',') {
                return pairs;
            }
            if (header.charAt(i) != ';') {
                return null;
            }
            i++;
        }
    }

    /** @return scheme://host from X-Forwarded-Proto and X-Forwarded-Host (their first values), if both are valid */
    static Optional<String> xForwarded(String proto, String host, String requestScheme) {
        if (host == null || host.isBlank() || host.length() > 300) {
            return Optional.empty();
        }
        String scheme = proto == null || proto.isBlank() ? requestScheme : first(proto);
        return origin(scheme, first(host));
    }

    private static String first(String list) {
        int comma = list.indexOf(',');
        return (comma < 0 ? list : list.substring(0, comma)).trim();
    }

    private static Optional<String> origin(String scheme, String host) {
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!(s.equals("http") || s.equals("https")) || host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            int port = Integer.parseInt(host.substring(colon + 1));
            if (port < 1 || port > 65535) {
                return Optional.empty();
            }
        }
        return Optional.of(s + "://" + host.toLowerCase(Locale.ROOT));
    }
}
