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
 * The HTML templates of pages/: {@code layout.html} (the frame of every page, see {@link PageLayout}) and the bodies
 * of the pages written as HTML (pages/NAME.html), with {{key}} placeholders filled in (escaped by {@link Html#escape})
 * and {{{key}}} ones with the server's own HTML.
 */
final class Templates {

    private static final String FOLDER = "org/aimilestones/web/pages/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{([A-Za-z]+)\\}\\}\\}|\\{\\{([A-Za-z]+)\\}\\}");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * Fills a template in one pass, so that no inserted text is read as a placeholder again; a placeholder without a
     * value stays as it is.
     *
     * @param name   the template's name, e.g. "search" for pages/search.html
     * @param values {{key}} placeholder values, inserted HTML-escaped
     * @param html   {{{key}}} placeholder values, HTML made by the server, already escaped, inserted as they are
     */
    String fill(String name, Map<String, String> values, Map<String, String> html) {
        String template = read(name);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 4096);
        while (m.find()) {
            String filled = m.group(1) != null ? html.get(m.group(1))
                    : values.containsKey(m.group(2)) ? Html.escape(values.get(m.group(2))) : null;
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
}
