package io.wirewatch.processor.dedup;

/**
 * MinHash signatures: for each of n seeded hash functions the minimum over a document's shingles.
 * Two signatures agree in a position with probability equal to the Jaccard similarity of the sets.
 * The seeds are fixed so that a signature stored yesterday is comparable with one computed today.
 *
 * <p>The i-th function is {@code a[i] * shingle + b[i]} (mod 2<sup>64</sup>, {@code a[i]} odd): a
 * bijection on 64-bit values, and since shingles are already well-mixed hashes, its high bits, which
 * decide the minimum, behave as a random permutation. It costs one multiply where a full mixer costs
 * two multiplies and three shifts, and this loop runs n times per shingle of every article.
 */
public final class MinHash {

    private static final long SEED_BASE = 0x5eed_0f_d0c5_2026L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long[] multipliers;
    private final long[] increments;

    public MinHash(int hashes) {
        if (hashes < 1) {
            throw new IllegalArgumentException("number of hashes must be positive: " + hashes);
        }
        multipliers = new long[hashes];
        increments = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = Hashing.mix(SEED_BASE + (2L * i) * GOLDEN_GAMMA) | 1L;
            increments[i] = Hashing.mix(SEED_BASE + (2L * i + 1) * GOLDEN_GAMMA);
        }
    }

    public int size() {
        return multipliers.length;
    }

    /** The signature of a shingle set; all positions are {@link Long#MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] signature = new long[multipliers.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < signature.length; i++) {
                signature[i] = Math.min(signature[i], multipliers[i] * shingle + increments[i]);
            }
        }
        return signature;
    }
}
