package org.aimilestones.server;

import java.util.Optional;

/**
 * A module's HTML error pages: the server's one error handler ({@link PlainErrorHandler}) asks the first module that
 * has them for a page for each error it answers, and sends the plain-text line when there is none (the client does
 * not prefer HTML). The server's own packages make no HTML; the web pages' module (org.aimilestones.web) does.
 */
public interface ErrorPages {

    /**
     * @param status         the HTTP status
     * @param message        the server's message for the client (never an exception's text), or null
     * @param accept         the request's Accept header, or null
     * @param acceptLanguage the request's Accept-Language header, or null
     * @return the whole HTML document, or empty when the client is not answered with HTML
     */
    Optional<String> page(int status, String message, String accept, String acceptLanguage);
}
