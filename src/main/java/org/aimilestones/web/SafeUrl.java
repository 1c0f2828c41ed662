package org.aimilestones.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one URL sanitizer of the server-rendered pages: only http, https and mailto URLs and relative URLs (no scheme)
 * become links; anything else taken from the data (javascript:, data:, vbscript:, file: …) is shown as text. The
 * scheme is read as a browser reads it (WHATWG URL): leading and trailing control characters and spaces are ignored,
 * and tabs and line breaks anywhere, so that {@code " java\tscript:"} is still javascript:. The web pages' scripts
 * have the same rule ({@code AIMIL.safeHref} in static/common.js; OneInterfaceBrowserTest checks that the two agree).
 */
public final class SafeUrl {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private SafeUrl() {}

    /** @return true if url may be an href: http, https, mailto or relative; false for null and other schemes */
    public static boolean isSafe(String url) {
        if (url == null) {
            return false;
        }
        var scheme = SCHEME.matcher(asBrowsersRead(url));
        return !scheme.find() || LINK_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    /** @return url if it is safe as a link target (see {@link #isSafe}), else empty */
    public static Optional<String> href(String url) {
        return isSafe(url) ? Optional.of(url) : Optional.empty();
    }

    /** The URL without what a browser drops before parsing it: outer C0 controls and spaces, inner tabs and breaks. */
    private static String asBrowsersRead(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
