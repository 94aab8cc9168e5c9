package io.wirewatch.processor.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HashingTest {

    @Test
    void hexIsSixteenZeroPaddedLowerCaseDigitsAsStoredKeysExpect() {
        for (long value : new long[] {0L, 1L, -1L, 0xabcdefL, Long.MIN_VALUE, Long.MAX_VALUE, Hashing.hash64("Bundesrat")}) {
            assertEquals(String.format("%016x", value), Hashing.hex(value));
        }
    }
}
