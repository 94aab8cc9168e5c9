package io.wirewatch.processor.copies;

import java.util.Arrays;

/**
 * The candidate keys under which an article is indexed and looked up, so that only articles sharing a key
 * are ever verified.
 *
 * Keys are 64-bit hashes: they are only ever compared for equality, in the in-memory
 * {@link CandidateIndex}, and a long costs no allocation where a string key cost two.
 *
 * <ul>
 *   <li>LSH band keys (the first {@link #bands()} keys, a hash of the band number and its rows): the MinHash signature cut into {@code bands} bands of
 *       {@code rows} rows; two texts with Jaccard s share a band with probability 1 - (1 - s^rows)^bands
 *       (0.87 at s = 0.5 for 32 × 4). They find rewritten copies of similar length.</li>
 *   <li>Anchor keys (the rest, the shingle hash itself): every shingle whose hash is 0 modulo {@value #ANCHOR_MODULUS}.
 *       The choice depends on the shingle alone, so every anchor of a teaser or a cut copy is also an
 *       anchor of the full text. They find containment, which LSH misses (a teaser has a low Jaccard).</li>
 * </ul>
 */
public final class CandidateKeys {

    static final int ANCHOR_MODULUS = 8;

    private final MinHash minHash;
    private final int bands;
    private final int rows;

    public CandidateKeys(int minHashes, int bands) {
        if (bands < 1 || minHashes % bands != 0) {
            throw new IllegalArgumentException("bands must divide the number of hashes: " + bands + " / " + minHashes);
        }
        this.minHash = new MinHash(minHashes);
        this.bands = bands;
        this.rows = minHashes / bands;
    }

    /** How many of the keys, from the first, are band keys. */
    public int bands() {
        return bands;
    }

    /** {@link #bands()} band keys followed by the anchor keys; empty for an empty shingle set. */
    public long[] keys(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] keys = new long[bands + shingles.length];
        int[] signature = minHash.signature(shingles);
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int row = 0; row < rows; row++) {
                h = Hashing.mix(h * 31 + signature[band * rows + row]);
            }
            keys[band] = h;
        }
        int n = bands;
        for (long shingle : shingles) {
            if (Math.floorMod(shingle, ANCHOR_MODULUS) == 0) {
                keys[n++] = shingle;
            }
        }
        return Arrays.copyOf(keys, n);
    }
}
