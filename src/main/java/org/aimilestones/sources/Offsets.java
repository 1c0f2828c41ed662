package org.aimilestones.sources;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** Time stamps in a video: an xsd:duration start offset as seconds, as a clock (HH:MM:SS), as a link to that second. */
public final class Offsets {

    private Offsets() {}

    /**
     * @return the whole seconds of an xsd:duration literal such as "PT1M51S" (days, hours, minutes and seconds; a
     *         fraction of a second is dropped), or empty if node is not such a literal or is negative
     */
    public static OptionalLong seconds(Node node) {
        if (node == null || !node.isLiteral()
                || !XSDDatatype.XSDduration.getURI().equals(node.getLiteralDatatypeURI())) {
            return OptionalLong.empty();
        }
        try {
            Duration d = Duration.parse(node.getLiteralLexicalForm());
            return d.isNegative() ? OptionalLong.empty() : OptionalLong.of(d.getSeconds());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /** @return seconds as HH:MM:SS, e.g. 111 as "00:01:51" (more than 99 hours keeps all the hour digits) */
    public static String clock(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a time stamp cannot be negative: " + seconds);
        }
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * @return the watch URL that opens the video at that second: {@code url?t=SECONDS}, or {@code url&t=SECONDS} when
     *         the URL has a query already (any fragment kept at the end)
     */
    public static String watchAt(String url, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a time stamp cannot be negative: " + seconds);
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "t=" + seconds + fragment;
    }
}
