package org.aimilestones.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML pages: pages/layout.html (header with navigation and language switch, footer) around the body in
 * pages/NAME.html, with {{key}} placeholders filled in. The texts are English; static/i18n.js switches them to Chinese.
 */
final class Templates {

    private static final String FOLDER = "org/aimilestones/web/pages/";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * @param page   the page name, e.g. "search"
     * @param values placeholder values, inserted HTML-escaped
     * @return the whole HTML document
     */
    String render(String page, Map<String, String> values) {
        return render(page, values, "");
    }

    /**
     * @param head HTML put as it is at the end of the page's head (links and JSON-LD made by the server, already
     *             escaped)
     */
    String render(String page, Map<String, String> values, String head) {
        String html = read("layout").replace("{{page}}", page).replace("{{body}}", read(page));
        for (Map.Entry<String, String> e : values.entrySet()) {
            html = html.replace("{{" + e.getKey() + "}}", escape(e.getValue()));
        }
        return html.replace("{{{head}}}", head);
    }

    private String read(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(FOLDER + n + ".html")) {
                if (in == null) {
                    throw new IllegalStateException("no page template " + FOLDER + n + ".html");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
