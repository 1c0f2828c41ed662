package org.aimilestones.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into the search box, as a Lucene query string for jena-text over the fields of
 * {@link TextIndex}: the whole text as a phrase, and for several words all of them, in the CJK-bigram field and in the
 * per-language fields of the languages the text is written in (the Chinese field for Han characters, the English one
 * for other letters and digits), labels weighing more than descriptions.
 *
 * <p>Why only those languages' fields: a field's term weights come from the literals of its language, where a word in
 * the other script is rare and so weighs a lot. Asked in every field, the Chinese name 依图科技 matched the English label
 * "YouTube video: 依图科技" in the English field with a higher score than the company's own label 依图科技@zh, and
 * "Google" matched "Google Duplex"@zh above Google's own label; the plain bigram field still finds any script in any
 * literal.
 */
public final class SearchQuery {

    private static final List<String> LANGS = List.of("en", "zh");
    /** At most this many words (each becomes a clause in each of nine fields). */
    public static final int MAX_WORDS = 32;
    /** At most this many characters. */
    public static final int MAX_LENGTH = 500;

    /** A search text or language refused, with the reason in English (the message) and in Chinese. */
    public static final class RefusedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String chinese;

        RefusedException(String english, String chinese) {
            super(english);
            this.chinese = chinese;
        }

        /** @return the reason in Chinese */
        public String chinese() {
            return chinese;
        }
    }

    private final String text;
    private final String lang;

    /**
     * @param text what to look for
     * @param lang "en" or "zh" to match only literals in that language, or null or blank for any language
     * @throws IllegalArgumentException if text is blank, longer than {@value #MAX_LENGTH} characters or than
     *                                  {@value #MAX_WORDS} words, or lang is none of those
     */
    public SearchQuery(String text, String lang) {
        if (text == null || text.isBlank()) {
            throw new RefusedException("empty search text", "搜索文本为空");
        }
        if (text.trim().split("\\s+").length > MAX_WORDS) {
            throw new RefusedException("the search text has more than " + MAX_WORDS + " words",
                    "搜索文本超过 " + MAX_WORDS + " 个词");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RefusedException("the search text is longer than " + MAX_LENGTH + " characters",
                    "搜索文本超过 " + MAX_LENGTH + " 个字符");
        }
        String l = lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT);
        if (!l.isEmpty() && !LANGS.contains(l)) {
            throw new RefusedException("lang must be one of " + LANGS + ", not '" + lang + "'",
                    "lang 必须是 " + LANGS + " 之一，而不是 '" + lang + "'");
        }
        this.text = text.trim();
        this.lang = l.isEmpty() ? null : l;
    }

    /** @return the search text, trimmed */
    public String text() {
        return text;
    }

    /** @return the search words: the text split at white space */
    public List<String> words() {
        return Arrays.asList(text.split("\\s+"));
    }

    /** @return the language asked for, or null for any */
    public String lang() {
        return lang;
    }

    /** @return the Lucene query string, for {@code ?s text:query "..."} */
    public String luceneQuery() {
        List<String> clauses = new ArrayList<>();
        for (String field : TextIndex.fields()) {
            int boost = TextIndex.COMMENT.equals(field) ? 1 : 4;
            for (String f : variants(field)) {
                clauses.add(f + ":" + phrase() + "^" + boost);
                if (words().size() > 1) {
                    clauses.add(f + ":(" + allWords() + ")^" + boost);
                }
            }
        }
        String any = String.join(" ", clauses);
        return lang == null ? any : "(" + any + ") AND lang:" + lang;
    }

    private List<String> variants(String field) {
        List<String> fields = new ArrayList<>();
        fields.add(field);
        for (String l : writtenIn()) {
            if (lang == null || lang.equals(l)) {
                fields.add(field + TextIndex.LANG_SEPARATOR + l);
            }
        }
        return fields;
    }

    /** @return the languages of the text's scripts: zh for Han characters, en for any other letter or digit */
    List<String> writtenIn() {
        boolean han = text.codePoints().anyMatch(SearchQuery::isHan);
        boolean other = text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !isHan(c));
        return LANGS.stream().filter(l -> l.equals("zh") ? han : other).toList();
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private String phrase() {
        return quoted(text);
    }

    /** Each word a required phrase of its own: words such as OR, NOT or AND are looked for, not read as operators. */
    private String allWords() {
        StringBuilder sb = new StringBuilder();
        for (String w : words()) {
            sb.append(sb.length() == 0 ? "+" : " +").append(quoted(w));
        }
        return sb.toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
