package org.aimilestones.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.http.auth.AuthChallenge;

/**
 * The Authorization header answering an HTTP Digest challenge (RFC 7616, and RFC 2617's MD5 without qop): algorithms
 * MD5, SHA-256 and their -sess variants, qop "auth" when offered.
 */
final class DigestAuthorization {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DigestAuthorization() {}

    /**
     * @param wwwAuthenticate the value of the server's WWW-Authenticate header, a Digest challenge
     * @param method          the request method, e.g. PUT
     * @param requestTarget   the request's path and query, as sent, e.g. /ds?graph=...
     * @throws IllegalArgumentException if the challenge is not Digest or asks for an unknown algorithm
     */
    static String answer(String wwwAuthenticate, String method, String requestTarget, Credentials credentials) {
        byte[] cnonce = new byte[8];
        RANDOM.nextBytes(cnonce);
        return answer(wwwAuthenticate, method, requestTarget, credentials, HexFormat.of().formatHex(cnonce));
    }

    /** As {@link #answer(String, String, String, Credentials)}, with the client nonce given. */
    static String answer(String wwwAuthenticate, String method, String requestTarget, Credentials credentials,
            String cnonce) {
        AuthChallenge challenge = AuthChallenge.parse(wwwAuthenticate);
        if (challenge == null || challenge.authScheme != org.apache.jena.atlas.web.AuthScheme.DIGEST) {
            throw new IllegalArgumentException("not a Digest challenge: " + wwwAuthenticate);
        }
        String algorithm = challenge.authParams.getOrDefault("algorithm", "MD5");
        String hash = switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "MD5", "MD5-SESS" -> "MD5";
            case "SHA-256", "SHA-256-SESS" -> "SHA-256";
            default -> throw new IllegalArgumentException("unsupported Digest algorithm: " + algorithm);
        };
        String realm = challenge.realm == null ? "" : challenge.realm;
        String nonce = challenge.nonce;
        String nc = "00000001";
        String ha1 = digest(hash, credentials.user() + ":" + realm + ":" + credentials.password());
        if (algorithm.toUpperCase(Locale.ROOT).endsWith("-SESS")) {
            ha1 = digest(hash, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = digest(hash, method + ":" + requestTarget);
        boolean qopAuth = challenge.qop != null && challenge.qop.matches("(?i)(.*,\\s*)?auth(\\s*,.*)?");
        String response = qopAuth ? digest(hash, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : digest(hash, ha1 + ":" + nonce + ":" + ha2);
        StringBuilder header = new StringBuilder("Digest ")
                .append("username=").append(quoted(credentials.user()))
                .append(", realm=").append(quoted(realm))
                .append(", nonce=").append(quoted(nonce))
                .append(", uri=").append(quoted(requestTarget))
                .append(", algorithm=").append(algorithm)
                .append(", response=").append(quoted(response));
        if (qopAuth) {
            header.append(", qop=auth, nc=").append(nc).append(", cnonce=").append(quoted(cnonce));
        }
        if (challenge.opaque != null) {
            header.append(", opaque=").append(quoted(challenge.opaque));
        }
        return header.toString();
    }

    private static String digest(String algorithm, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a standard Java algorithm", e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
