package org.aimilestones.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.aimilestones.server.PerVersion;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.sources.YearSpan;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the pages show of the graph's sources, read from the served data once per data version ({@link PerVersion})
 * and kept: the span of years they cover (min..max aimil:coversYear, in the header, titles and landing page), the
 * landing page's list of every source with its credit (dct:rights) in English and Chinese, and the footer's list of
 * their titles. Nothing here names a source or a year: a source added to the data shows at the next data version.
 */
final class SourceCredits {

    /**
     * The texts of one data version.
     *
     * @param years  the span of years ("FROM–TO", see {@link YearSpan#text}), or "" when no source covers a year
     * @param list   the landing page's list of sources with their credits, as HTML (escaped)
     * @param footer the footer's titles of the sources, each linked to its page, as HTML (escaped)
     */
    record Shown(String years, String list, String footer) {

        /** @return the plain-text placeholder values: years */
        Map<String, String> values() {
            return Map.of("years", years);
        }

        /** @return the HTML placeholder values: sources (the list), footerSources */
        Map<String, String> html() {
            return Map.of("sources", list, "footerSources", footer);
        }
    }

    /** What is computed, as {@link PerVersion} names it in a 503 (PageGuardFilter has its Chinese name). */
    static final String WHAT = "the list of sources";

    private final Supplier<DatasetGraph> data;
    private final PerVersion<Shown> shown;

    SourceCredits(Supplier<DatasetGraph> data) {
        this.data = data;
        this.shown = PerVersion.over(WHAT, data, v -> read());
    }

    /** @return the texts for the data as it is now (read at the first call after each change) */
    Shown get() {
        return shown.get();
    }

    /** @return the texts if they are read for the data as it is now, else empty (starting to read them); never waits */
    Optional<Shown> ifReady() {
        return shown.ifReady();
    }

    /** @return how many times the sources were read (for tests: once per data version) */
    long readings() {
        return shown.computations();
    }

    private Shown read() {
        DatasetGraph dsg = data.get();
        return Txn.calculateRead(dsg, () -> {
            Sources sources = new Sources(dsg.getDefaultGraph());
            List<SourceDocument> all = sources.all();
            String years = YearSpan.of(all.stream().flatMap(d -> d.years().stream()).toList())
                    .map(YearSpan::text).orElse("");
            return new Shown(years, list(all), footer(all));
        });
    }

    private static String list(List<SourceDocument> all) {
        if (all.isEmpty()) {
            return "<p data-i18n=\"landing.noSources\">The graph names no source.</p>";
        }
        StringBuilder html = new StringBuilder("<ol class=\"source-list\">\n");
        for (SourceDocument doc : all) {
            html.append("<li>");
            title(html, doc);
            doc.span().ifPresent(span -> html.append(" <span class=\"years\">").append(span.text())
                    .append("</span>"));
            if (!doc.rights().isEmpty()) {
                html.append("<p class=\"source-credit\">");
                bilingual(html, doc.rights());
                html.append("</p>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>").toString();
    }

    private static String footer(List<SourceDocument> all) {
        StringBuilder html = new StringBuilder();
        for (SourceDocument doc : all) {
            if (!html.isEmpty()) {
                html.append(" · ");
            }
            title(html, doc);
        }
        return html.toString();
    }

    /** The document's titles, linked to its page (not linked where its IRI is no {@link SafeUrl safe} link). */
    private static void title(StringBuilder html, SourceDocument doc) {
        String page = page(doc.iri());
        boolean link = SafeUrl.isSafe(page);
        html.append(link ? "<a class=\"source-title\" href=\"" + Html.escape(page) + "\">"
                : "<span class=\"source-title\">");
        if (doc.titles().isEmpty()) {
            html.append(Html.escape(doc.iri().getURI()));
        } else {
            bilingual(html, doc.titles());
        }
        html.append(link ? "</a>" : "</span>");
    }

    /**
     * Literals as spans: when both an English and a Chinese one are present, those carry data-l so that only the
     * page's language shows (the others always show), as the resource pages do.
     */
    private static void bilingual(StringBuilder html, List<Node> literals) {
        boolean both = literals.stream().anyMatch(l -> primary(l).equals("en"))
                && literals.stream().anyMatch(l -> primary(l).equals("zh"));
        boolean first = true;
        for (Node literal : literals) {
            String lang = primary(literal);
            boolean switchable = both && (lang.equals("en") || lang.equals("zh"));
            html.append(first ? "" : " ").append("<span");
            if (!literal.getLiteralLanguage().isEmpty()) {
                html.append(" lang=\"").append(Html.escape(literal.getLiteralLanguage())).append('"');
            }
            if (switchable) {
                html.append(" data-l=\"").append(lang).append('"');
            }
            html.append('>').append(Html.escape(literal.getLiteralLexicalForm())).append("</span>");
            first = false;
        }
    }

    /** @return the page about iri on this server (/page/NAME for the project's resources), else iri itself */
    private static String page(Node iri) {
        String uri = iri.getURI();
        return uri.startsWith(AIMIL.RESOURCE_NS) ? "/page/" + uri.substring(AIMIL.RESOURCE_NS.length()) : uri;
    }

    private static String primary(Node literal) {
        return literal.getLiteralLanguage().split("-", 2)[0].toLowerCase(java.util.Locale.ROOT);
    }
}
