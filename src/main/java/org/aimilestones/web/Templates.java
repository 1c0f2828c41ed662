package org.aimilestones.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML pages: pages/layout.html (header with navigation and language switch, footer) around the body in
 * pages/NAME.html, with {{key}} placeholders filled in (escaped) and {{{key}}} ones with the server's own HTML. The texts are English; static/i18n.js switches them to Chinese.
 */
final class Templates {

    private static final String FOLDER = "org/aimilestones/web/pages/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{([A-Za-z]+)\\}\\}\\}|\\{\\{([A-Za-z]+)\\}\\}");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * @param page   the page name, e.g. "search"
     * @param values placeholder values, inserted HTML-escaped
     * @return the whole HTML document
     */
    String render(String page, Map<String, String> values) {
        return render(page, values, Map.of());
    }

    /**
     * Fills the page in one pass over the template, so that no inserted text is read as a placeholder again.
     *
     * @param values {{key}} placeholder values, inserted HTML-escaped
     * @param html   {{{key}}} placeholder values, HTML made by the server (the head's links and JSON-LD, the lists of
     *               sources), already escaped, inserted as they are
     */
    String render(String page, Map<String, String> values, Map<String, String> html) {
        String template = read("layout").replace("{{page}}", page).replace("{{body}}", read(page));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 4096);
        while (m.find()) {
            String filled = m.group(1) != null ? html.get(m.group(1))
                    : values.containsKey(m.group(2)) ? escape(values.get(m.group(2))) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(filled != null ? filled : m.group()));
        }
        return m.appendTail(out).toString();
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
