package io.wirewatch.processor.copies;

import java.nio.charset.StandardCharsets;

/**
 * Stable 64-bit hashing. Not {@link String#hashCode()} (32 bits collide too often across millions of
 * shingles) and not a randomised hash: fingerprints are stored, so every run must hash alike.
 */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** FNV-1a over the UTF-8 bytes, finished with {@link #mix(long)} so that every bit depends on every byte. */
    public static long hash64(String text) {
        long h = FNV_OFFSET;
        // ASCII text is its own UTF-8: hashed without encoding it first (most keys and lines are)
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            h ^= text.charAt(i++);
            h *= FNV_PRIME;
        }
        if (i == text.length()) {
            return mix(h);
        }
        for (byte b : text.substring(i).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** The splitmix64 finaliser: a bijection that spreads the bits of its input. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    /** Sixteen lower-case hex digits, as {@code String.format("%016x")} but without parsing a format per call. */
    static String hex(long value) {
        char[] digits = new char[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = HEX_DIGITS[(int) (value & 0xf)];
            value >>>= 4;
        }
        return new String(digits);
    }
}
