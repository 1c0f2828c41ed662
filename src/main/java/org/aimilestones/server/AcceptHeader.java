package org.aimilestones.server;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.web.HttpSC;

/**
 * Checks a query request's Accept header before the query runs: a header that is not a list of media ranges is a
 * 400; one that accepts (q > 0) none of the formats offered for the kind of query is a 406. No header, or a blank
 * one, accepts anything.
 */
final class AcceptHeader {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern RANGE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern PARAMETER = Pattern.compile(TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\")");
    private static final Pattern Q = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private AcceptHeader() {}

    /** @throws ActionErrorException 400 if header is malformed, 406 if it accepts nothing of offer */
    static void check(String header, AcceptList offer) {
        if (header == null || header.isBlank()) {
            return;
        }
        boolean any = false;
        boolean acceptable = false;
        for (String element : header.split(",")) {
            if (element.isBlank()) {
                continue;
            }
            String[] parts = element.split(";", -1);
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            if (!RANGE.matcher(range).matches()) {
                throw bad();
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (!PARAMETER.matcher(parameter).matches()) {
                    throw bad();
                }
                if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    if (!Q.matcher(parameter.substring(2)).matches()) {
                        throw bad();
                    }
                    q = Double.parseDouble(parameter.substring(2));
                }
            }
            any = true;
            acceptable |= q > 0 && offers(offer, range);
        }
        if (!any) {
            throw bad();
        }
        if (!acceptable) {
            throw new ActionErrorException(HttpSC.NOT_ACCEPTABLE_406, "Not acceptable: for this query the formats"
                    + " offered are " + offer.entries().stream().map(MediaRange::getContentTypeStr)
                            .collect(Collectors.joining(", ")) + ".", null);
        }
    }

    private static boolean offers(AcceptList offer, String range) {
        String[] typeAndSub = range.split("/");
        for (MediaRange offered : offer.entries()) {
            boolean type = typeAndSub[0].equals("*") || typeAndSub[0].equals(offered.getType());
            boolean sub = typeAndSub[1].equals("*") || typeAndSub[1].equals(offered.getSubType());
            if (type && sub && !(typeAndSub[0].equals("*") && !typeAndSub[1].equals("*"))) {
                return true;
            }
        }
        return false;
    }

    private static ActionErrorException bad() {
        return new ActionErrorException(HttpSC.BAD_REQUEST_400,
                "Bad Accept header: expected a list of media ranges (type/subtype;q=0.5, ...).", null);
    }
}
