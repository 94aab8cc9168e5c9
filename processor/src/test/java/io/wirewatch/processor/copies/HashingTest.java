package io.wirewatch.processor.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HashingTest {

    /** The ASCII fast path hashes exactly what FNV-1a over the UTF-8 bytes does, the form stored keys were made with. */
    @Test
    void hash64IsFnvOverTheUtf8BytesWhateverTheText() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "abcXYZ 09-„“ßäöüéÅ€\u4e2d\ud83d\ude00";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length() - 1);
                text.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2) : String.valueOf(alphabet.charAt(at)));
            }
            assertEquals(reference(text.toString()), Hashing.hash64(text.toString()), text.toString());
        }
    }

    private static long reference(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return Hashing.mix(h);
    }

    @Test
    void hexIsSixteenZeroPaddedLowerCaseDigitsAsStoredKeysExpect() {
        for (long value : new long[] {0L, 1L, -1L, 0xabcdefL, Long.MIN_VALUE, Long.MAX_VALUE, Hashing.hash64("Bundesrat")}) {
            assertEquals(String.format("%016x", value), Hashing.hex(value));
        }
    }
}
