package org.aimilestones.server;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, whatever the route or status (pages, static files, SPARQL answers, dumps,
 * redirects, errors): a strict Content-Security-Policy (scripts, styles, fetches and forms only from this server, no
 * inline script or style attribute, no plugins, no framing, no base element), {@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY} and {@code Referrer-Policy: same-origin} (no URL of this server goes to
 * another site, while same-origin requests keep their Origin). JSON-LD in {@code <script type="application/ld+json">}
 * is data, never run, and needs no exception.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** Puts the headers on a response (replacing any of the same name). */
    static void apply(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
    }

    /** @return whether the headers are all there (an error page may have been made on a reset response) */
    static boolean present(HttpFields headers) {
        return headers.contains("Content-Security-Policy") && headers.contains("X-Content-Type-Options")
                && headers.contains("X-Frame-Options") && headers.contains("Referrer-Policy");
    }
}
