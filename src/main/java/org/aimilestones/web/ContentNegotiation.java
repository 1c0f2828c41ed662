package org.aimilestones.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aimilestones.export.ExportFormat;

/**
 * Server-driven content negotiation (in the style of AtomGraph Core): a fixed list of variants in server preference
 * order, the client's Accept q-values with the most specific matching range winning, and a ?format override.
 */
public final class ContentNegotiation {

    /** One representation: its ?format key, media type, Content-Type header and RDF export format (null for HTML). */
    public record Variant(String format, String mediaType, String contentType, ExportFormat rdf) {
        /** @return true for the HTML page, false for an RDF serialization */
        public boolean isHtml() {
            return rdf == null;
        }
    }

    public static final Variant TURTLE = new Variant("ttl", "text/turtle", "text/turtle; charset=utf-8",
            ExportFormat.TURTLE);
    public static final Variant HTML = new Variant("html", "text/html", "text/html; charset=utf-8", null);
    public static final Variant JSONLD = new Variant("jsonld", "application/ld+json", "application/ld+json",
            ExportFormat.JSONLD);
    public static final Variant NTRIPLES = new Variant("nt", "application/n-triples",
            "application/n-triples; charset=utf-8", ExportFormat.NTRIPLES);
    public static final Variant RDFXML = new Variant("rdf", "application/rdf+xml", "application/rdf+xml",
            ExportFormat.RDFXML);

    /** Every variant, in server preference order: on a tie (e.g. Accept: *&#47;*) the earlier one wins. */
    public static final List<Variant> VARIANTS = List.of(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);

    /** The RDF variants only (no HTML), in server preference order: for things that have no HTML document. */
    public static final List<Variant> RDF_VARIANTS = VARIANTS.stream().filter(v -> !v.isHtml()).toList();

    /** The page languages, default first. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private ContentNegotiation() {}

    /** One entry of an Accept or Accept-Language header: the range, lower-cased, and its q-value. */
    private record Range(String value, double q) {}

    /**
     * @param accept the Accept header, null or blank meaning any type
     * @param format the ?format parameter, which wins over Accept when present
     * @return the variant to send, or empty when none is acceptable (406)
     */
    public static Optional<Variant> choose(String accept, String format) {
        return choose(accept, format, VARIANTS);
    }

    /**
     * @param accept  the Accept header, null or blank meaning any type
     * @param format  the ?format parameter, which wins over Accept when present (empty if it names none offered)
     * @param offered the variants there are, in server preference order
     * @return the variant to send, or empty when none is acceptable (406)
     */
    public static Optional<Variant> choose(String accept, String format, List<Variant> offered) {
        if (format != null) {
            return offered.stream().filter(v -> v.format().equals(format)).findFirst();
        }
        List<Range> ranges = parse(accept == null || accept.isBlank() ? "*/*" : accept);
        Variant best = null;
        double bestQ = 0;
        for (Variant v : offered) {
            double q = mediaQ(ranges, v.mediaType());
            if (q > bestQ) {
                best = v;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the variant whose file extension (= ?format key) is ext, e.g. "ttl", "html" */
    public static Optional<Variant> byExtension(String ext) {
        return VARIANTS.stream().filter(v -> v.format().equals(ext)).findFirst();
    }

    /**
     * Splits a document's path into its stem and its representation: "alexnet.ttl" gives ("alexnet", TURTLE).
     *
     * @param offered the variants the document exists in
     * @return empty if the path does not end in "." and the extension of an offered variant, or the stem is empty
     */
    public static Optional<Map.Entry<String, Variant>> splitExtension(String path, List<Variant> offered) {
        int dot = path.lastIndexOf('.');
        if (dot <= 0 || path.lastIndexOf('/') > dot) {
            return Optional.empty();
        }
        return byExtension(path.substring(dot + 1)).filter(offered::contains)
                .map(v -> Map.entry(path.substring(0, dot), v));
    }

    /** @return "zh" when Accept-Language prefers Chinese to English, otherwise "en" */
    public static String language(String acceptLanguage) {
        List<Range> ranges = parse(acceptLanguage == null || acceptLanguage.isBlank() ? "*" : acceptLanguage);
        String best = LANGUAGES.get(0);
        double bestQ = languageQ(ranges, best);
        for (String lang : LANGUAGES) {
            double q = languageQ(ranges, lang);
            if (q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }

    /** q of the most specific range matching type/subtype: exact beats type/*, which beats *&#47;*; 0 if none. */
    private static double mediaQ(List<Range> ranges, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = 0;
        double q = 0;
        for (Range r : ranges) {
            int specificity = r.value().equals(mediaType) ? 3
                    : r.value().equals(type + "/*") ? 2
                    : r.value().equals("*/*") ? 1 : 0;
            if (specificity > bestSpecificity || (specificity == bestSpecificity && specificity > 0 && r.q() > q)) {
                bestSpecificity = specificity;
                q = r.q();
            }
        }
        return q;
    }

    /** q of the longest language range matching lang ("zh" matches "zh" and "zh-CN" ranges' prefix "zh"; "*" all). */
    private static double languageQ(List<Range> ranges, String lang) {
        int bestLength = -1;
        double q = 0;
        for (Range r : ranges) {
            String primary = r.value().split("-", 2)[0];
            int length = primary.equals(lang) ? r.value().length() : r.value().equals("*") ? 0 : -1;
            if (length > bestLength) {
                bestLength = length;
                q = r.q();
            }
        }
        return q;
    }

    /** Splits a header into ranges with their q-values (default 1); malformed q-values count as 0. */
    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";", -1);
            String value = parts[0].trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=")) {
                    q = qValue(param.substring(2));
                }
            }
            ranges.add(new Range(value, q));
        }
        return ranges;
    }

    private static double qValue(String text) {
        try {
            double q = Double.parseDouble(text.trim());
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
