package org.aimilestones.server;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entity tags, made and matched in one place: a tag is the start (128 bits) of a SHA-256, in hex, in quotes; an
 * If-None-Match header lists a tag when one of its tags equals it by the weak comparison of RFC 9110 (a {@code W/}
 * prefix ignored), or is {@code *}.
 */
public final class ETags {

    private ETags() {}

    /** @return a new SHA-256 digest */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** @return the first 128 bits of a digest, in hex */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** @return the strong ETag of a finished digest, with a prefix (which variant it is; none if empty) */
    public static String of(String prefix, MessageDigest digest) {
        return "\"" + (prefix.isEmpty() ? "" : prefix + "-") + hex(digest.digest()) + "\"";
    }

    /** @return the strong ETag of body, with a prefix (which variant it is; none if empty) */
    public static String of(String prefix, byte[] body) {
        MessageDigest digest = sha256();
        digest.update(body);
        return of(prefix, digest);
    }

    /** @return true if an If-None-Match header (null if absent) lists etag, or is {@code *} */
    public static boolean listed(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
