package io.wirewatch.processor.copies;

import java.util.List;

/**
 * Word k-shingles of normalised lines, hashed to 64 bits, as a sorted array of distinct values.
 * A line shorter than k words becomes one shingle of all its words, so short lines still count.
 */
public final class Shingles {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long WORD_MULTIPLIER = 0x9e3779b97f4a7c15L;

    private final int size;

    /** @param size words per shingle (k); 5 keeps shared phrases of one speaker from looking like a copy */
    public Shingles(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be positive: " + size);
        }
        this.size = size;
    }

    /** The sorted distinct shingle hashes of the given normalised lines. */
    public long[] of(List<String> lines) {
        long[][] ofLines = new long[lines.size()][];
        for (int i = 0; i < ofLines.length; i++) {
            ofLines[i] = ofLine(lines.get(i));
        }
        return union(ofLines);
    }

    /** The sorted distinct union of some lines' shingle hashes. */
    public static long[] union(long[]... ofLines) {
        int n = 0;
        for (long[] ofLine : ofLines) {
            n += ofLine.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (long[] ofLine : ofLines) {
            System.arraycopy(ofLine, 0, all, at, ofLine.length);
            at += ofLine.length;
        }
        return LongSets.sortedDistinct(all);
    }

    /** The shingle hashes of one normalised line, in text order (not deduplicated). */
    public long[] ofLine(String line) {
        if (line.isEmpty()) {
            return new long[0];
        }
        long[] words = wordHashes(line);
        if (words.length <= size) {
            return new long[] {combine(words, 0, words.length)};
        }
        long[] hashes = new long[words.length - size + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = combine(words, i, size);
        }
        return hashes;
    }

    // Each word is hashed once and a shingle combines the hashes of its words: building every shingle as a
    // string and hashing its UTF-8 bytes touched each character five times and allocated twice per shingle.

    /** FNV-1a over the characters of each space-separated word. */
    private static long[] wordHashes(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                count++;
            }
        }
        long[] hashes = new long[count];
        int word = 0;
        long h = FNV_OFFSET;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                hashes[word++] = h;
                h = FNV_OFFSET;
            } else {
                h = (h ^ c) * FNV_PRIME;
            }
        }
        hashes[word] = h;
        return hashes;
    }

    /** The words in order, as a polynomial in an odd multiplier, then mixed so that every bit depends on every word. */
    private static long combine(long[] words, int from, int length) {
        long h = length;
        for (int j = from; j < from + length; j++) {
            h = h * WORD_MULTIPLIER + words[j];
        }
        return Hashing.mix(h);
    }
}
