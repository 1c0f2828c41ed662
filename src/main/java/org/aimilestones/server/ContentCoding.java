package org.aimilestones.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes a request body sent with {@code Content-Encoding}, counting its decoded size against the same limit as a
 * plain body: at most max + 1 bytes are ever decoded, so a small gzip of a huge body costs no more than a plain body
 * of the limit. Takes one coding: {@code gzip} (or {@code x-gzip}), {@code deflate} (zlib, or raw deflate as some
 * clients send it) or {@code identity}; any other, or a list of codings, is {@link Unsupported}.
 */
final class ContentCoding {

    /** A body whose coding this server does not decode (415). */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** A body that does not decode (400). */
    static final class Undecodable extends Exception {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message, null, false, false);
        }
    }

    private ContentCoding() {}

    /** @throws Unsupported if this server does not decode the header's coding */
    static void check(String header) throws Unsupported {
        coding(header);
    }

    /**
     * @param header the request's Content-Encoding, or null
     * @return body decoded, or, if decoding it gives more than max bytes, max + 1 bytes of it
     */
    static byte[] decode(String header, byte[] body, long max) throws Unsupported, Undecodable {
        String coding = coding(header);
        if (coding.equals("identity")) {
            return body;
        }
        try {
            if (coding.equals("deflate") && !isZlib(body)) {
                return readAtMost(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), max);
            }
            InputStream in = coding.equals("deflate") ? new InflaterInputStream(new ByteArrayInputStream(body))
                    : new GZIPInputStream(new ByteArrayInputStream(body), 8192);
            return readAtMost(in, max);
        } catch (IOException e) {
            throw new Undecodable("Bad request: the body is not valid " + coding + " data (Content-Encoding: "
                    + header.strip() + ").");
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }

    /** A zlib stream starts with a header whose first two bytes, big-endian, are a multiple of 31. */
    private static boolean isZlib(byte[] body) {
        return body.length >= 2 && (body[0] & 0x0f) == 8 && (((body[0] & 0xff) << 8) | (body[1] & 0xff)) % 31 == 0;
    }

    private static String coding(String header) throws Unsupported {
        if (header == null || header.isBlank()) {
            return "identity";
        }
        String coding = header.strip().toLowerCase(Locale.ROOT);
        if (coding.contains(",")) {
            throw new Unsupported("Unsupported media type: Content-Encoding '" + shown(header)
                    + "' lists more than one coding; this server decodes one of gzip, deflate or identity.");
        }
        return switch (coding) {
            case "gzip", "x-gzip" -> "gzip";
            case "deflate", "identity" -> coding;
            default -> throw new Unsupported("Unsupported media type: Content-Encoding '" + shown(header)
                    + "' is not decoded here; send the body as is, or as gzip or deflate.");
        };
    }

    /** @return header text as shown back in a message: printable ASCII only, at most 40 characters */
    private static String shown(String text) {
        String printable = text.strip().replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
