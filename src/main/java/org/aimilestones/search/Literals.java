package org.aimilestones.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;

/** The labels and descriptions of one resource, and the pick of a label or a snippet in a language. */
final class Literals {

    private static final int CONTEXT = 60;
    private static final int SHORT = 160;

    private record Text(String field, String lang, String value) {}

    private final List<Text> texts = new ArrayList<>();

    /** Keeps o if it is a literal; field is "label", "altLabel" or "comment". */
    void add(String field, Node o) {
        if (o.isLiteral()) {
            texts.add(new Text(field, o.getLiteralLanguage().toLowerCase(Locale.ROOT), o.getLiteralLexicalForm()));
        }
    }

    /** @return the first label in lang, or null */
    String label(String lang) {
        return texts.stream()
                .filter(t -> t.field.equals("label") && t.lang.equals(lang))
                .map(Text::value)
                .sorted()
                .findFirst()
                .orElse(null);
    }

    /**
     * @return the part of a description that holds the whole search text, or else one of its words (descriptions in
     *         lang first); failing both, the start of the description in lang; else an alternative label; or null
     */
    String snippet(List<String> words, String lang) {
        List<Text> ordered = ordered(lang).stream().filter(t -> t.field.equals("comment")).toList();
        String whole = String.join(" ", words);
        for (String needle : prepend(whole, words)) {
            for (Text t : ordered) {
                int at = t.value.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    return window(t.value, at, needle.length());
                }
            }
        }
        return ordered.stream().findFirst().or(() -> ordered(lang).stream().filter(t -> t.field.equals("altLabel"))
                .findFirst()).map(t -> window(t.value, 0, 0)).orElse(null);
    }

    private List<Text> ordered(String lang) {
        List<Text> ordered = new ArrayList<>();
        texts.stream().filter(t -> t.lang.equals(lang)).forEach(ordered::add);
        texts.stream().filter(t -> !t.lang.equals(lang)).forEach(ordered::add);
        return ordered;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String window(String text, int at, int length) {
        if (text.length() <= SHORT) {
            return text;
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), Math.max(at + length + CONTEXT, from + SHORT));
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
