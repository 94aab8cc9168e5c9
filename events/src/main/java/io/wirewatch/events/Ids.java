package io.wirewatch.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers: the same input gives the same id on every machine and in every run. */
public final class Ids {

    private Ids() {
    }

    /** The first 16 hex digits (64 bits) of SHA-256 over the UTF-8 parts, separated by a NUL. */
    public static String hash(String... parts) {
        MessageDigest digest = sha256();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                digest.update((byte) 0);
            }
            digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
