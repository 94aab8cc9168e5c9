package io.wirewatch.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks an {@code Authorization: Bearer …} header in constant time. Both sides are hashed first,
 * so that {@link MessageDigest#isEqual} compares equal lengths and the time taken tells nothing
 * about the token, not even its length.
 */
final class BearerToken {

    private static final String PREFIX = "Bearer ";

    private final byte[] expected;

    BearerToken(String token) {
        this.expected = sha256(token);
    }

    /** True when the header carries the token. */
    boolean accepts(String authorization) {
        String given = authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? authorization.substring(PREFIX.length()).trim() : "";
        return MessageDigest.isEqual(expected, sha256(given));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}
