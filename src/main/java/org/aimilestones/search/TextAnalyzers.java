package org.aimilestones.search;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How each field of the {@link TextIndex} is analyzed, the same when indexing and when parsing a query: the plain
 * fields ({@code label}, {@code altLabel}, {@code comment}) in CJK bigrams (and standard tokens for other scripts); a
 * field for a language ({@code label_zh}, {@code comment_en}, named {@code FIELD_TAG}) with that language's analyzer —
 * SmartChineseAnalyzer for {@code zh}, EnglishAnalyzer (stemming) for {@code en}, by the primary subtag, the CJK
 * bigrams otherwise; the key fields (subject, uid, language) as they are.
 */
final class TextAnalyzers extends DelegatingAnalyzerWrapper {

    private final Set<String> keys;
    private final Analyzer plain = new CJKAnalyzer();
    private final Analyzer keyword = new KeywordAnalyzer();
    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();

    /** @param keys the fields that are not analyzed */
    TextAnalyzers(Set<String> keys) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.keys = Set.copyOf(keys);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String field) {
        if (keys.contains(field)) {
            return keyword;
        }
        int at = field.lastIndexOf(TextIndex.LANG_SEPARATOR);
        if (at < 0) {
            return plain;
        }
        String tag = field.substring(at + 1).toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        return switch (primary) {
            case "zh" -> chinese;
            case "en" -> english;
            default -> plain;
        };
    }
}
