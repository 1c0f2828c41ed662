package org.aimilestones.web;

/** A small HTML builder that escapes every text and attribute value it is given. */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Appends markup written by this package's code, never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /**
     * Opens a tag with attributes given as name, value pairs; values are escaped, null values skipped, and so is an
     * href that is not {@link SafeUrl safe} (the element is then no link).
     */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null && !(attributes[i].equals("href") && !SafeUrl.isSafe(attributes[i + 1]))) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** Closes a tag. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends a whole element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Appends an element holding an English and a Chinese text, which the language switch chooses between. */
    Html bilingual(String tag, String en, String zh) {
        return open(tag).both(en, zh).close(tag).raw("\n");
    }

    /** Appends an English and a Chinese text, each in its own span, which the language switch chooses between. */
    Html both(String en, String zh) {
        return element("span", en, "lang", "en", "data-l", "en").element("span", zh, "lang", "zh", "data-l", "zh");
    }

    /** Appends a link (when href is safe, see {@link SafeUrl}) whose text is in English and Chinese. */
    Html linkBoth(String href, String en, String zh, String... attributes) {
        if (!SafeUrl.isSafe(href)) {
            return both(en, zh);
        }
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return open("a", all).both(en, zh).close("a");
    }

    /**
     * Appends a script element holding data, e.g. JSON-LD: the JSON's "<", ">" and "&" (which can only occur inside
     * its strings) are written as JSON escapes, so no "</script" or "<!--" can end or change the element early.
     */
    Html dataScript(String type, String json) {
        return open("script", "type", type).raw(escapeScriptJson(json)).close("script");
    }

    /** Appends a link to href when it is a safe URL (see {@link SafeUrl}), else the text alone. */
    Html link(String href, String text, String... attributes) {
        if (!SafeUrl.isSafe(href)) {
            return text(text);
        }
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** @return text with &amp;, &lt;, &gt;, &quot; and &#39; escaped, for element content and attribute values */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return json with &lt;, &gt; and &amp; written as \\u003c, \\u003e and \\u0026, safe inside a script element */
    static String escapeScriptJson(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
