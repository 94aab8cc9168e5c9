package io.wirewatch.processor.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Word k-shingles of normalised lines, hashed to 64 bits, as a sorted array of distinct values.
 * A line shorter than k words becomes one shingle of all its words, so short lines still count.
 */
public final class Shingles {

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
        long[] out = new long[0];
        int n = 0;
        for (String line : lines) {
            long[] ofLine = ofLine(line);
            if (n + ofLine.length > out.length) {
                out = Arrays.copyOf(out, Math.max(2 * out.length, n + ofLine.length));
            }
            System.arraycopy(ofLine, 0, out, n, ofLine.length);
            n += ofLine.length;
        }
        return LongSets.sortedDistinct(Arrays.copyOf(out, n));
    }

    /** The shingle hashes of one normalised line, in text order (not deduplicated). */
    public long[] ofLine(String line) {
        if (line.isEmpty()) {
            return new long[0];
        }
        String[] words = line.split(" ");
        if (words.length <= size) {
            return new long[] {Hashing.hash64(line)};
        }
        long[] hashes = new long[words.length - size + 1];
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i < hashes.length; i++) {
            shingle.setLength(0);
            for (int j = i; j < i + size; j++) {
                if (j > i) {
                    shingle.append(' ');
                }
                shingle.append(words[j]);
            }
            hashes[i] = Hashing.hash64(shingle.toString());
        }
        return hashes;
    }
}
