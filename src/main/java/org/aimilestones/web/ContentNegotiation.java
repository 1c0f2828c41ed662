package org.aimilestones.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aimilestones.export.ExportFormat;

/**
 * The one content negotiation of the server's pages and documents (in the style of AtomGraph Core): a fixed list of
 * variants in server preference order, the client's Accept q-values with the most specific matching range winning,
 * and a ?format override. It chooses a resource's HTML page or RDF document, the search page or its JSON
 * ({@link #SEARCH_VARIANTS}), whether an error is answered with an HTML page ({@link #prefersHtml}), and the first
 * language of a page ({@link #language}).
 */
public final class ContentNegotiation {

    /** One representation: its ?format key, media type, Content-Type header and RDF export format (null for HTML). */
    public record Variant(String format, String mediaType, String contentType, ExportFormat rdf) {
        /** @return true for the HTML page, false for an RDF serialization or JSON */
        public boolean isHtml() {
            return format.equals("html");
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

    /** Plain JSON (not RDF): the answer of an API beside its page, e.g. /search?format=json. */
    public static final Variant JSON = new Variant("json", "application/json", "application/json; charset=utf-8",
            null);

    /** /search: the page first (browsers, Accept: *&#47;*), its hits as JSON when asked for by Accept or ?format=json. */
    public static final List<Variant> SEARCH_VARIANTS = List.of(HTML, JSON);

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

    /**
     * @param offered the variants there are, in server preference order, the first being the fallback
     * @return the variant to send: the one chosen (see {@link #choose(String, String, List)}), else the first offered
     *         (an API's page answers whatever is asked, e.g. /search with ?format=xml or Accept: image/png)
     */
    public static Variant chooseOrFirst(String accept, String format, List<Variant> offered) {
        return choose(accept, format, offered).orElse(offered.get(0));
    }

    /**
     * Whether an error is answered with an HTML page rather than the plain text or the protocol's body: only for a
     * client that names text/html itself (a browser navigating), with no other type preferred to it. Scripts
     * (Accept: *&#47;*), SPARQL and linked-data clients and the absence of Accept get the plain answer.
     */
    public static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<Range> ranges = parse(accept);
        double html = ranges.stream().filter(r -> r.value().equals("text/html")).mapToDouble(Range::q).max()
                .orElse(0);
        return html > 0 && ranges.stream().noneMatch(r -> r.q() > html);
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
