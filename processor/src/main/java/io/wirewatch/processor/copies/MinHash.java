package io.wirewatch.processor.copies;

/**
 * MinHash signatures: for each of n seeded hash functions the minimum over a document's shingles.
 * Two signatures agree in a position with probability equal to the Jaccard similarity of the sets.
 * The seeds are fixed so that a signature stored yesterday is comparable with one computed today.
 *
 * <p>The i-th function is {@code a[i] * x + b[i]} in 32-bit arithmetic ({@code a[i]} odd), where x folds
 * the 64-bit shingle hash to 32 bits: a bijection on 32-bit values, and since shingles are already
 * well-mixed hashes, its high bits, which decide the minimum, behave as a random permutation. This loop
 * runs n times per shingle of every article; in 32-bit ints the JIT runs it on vector registers (eight
 * lanes with AVX2), which 64-bit multiplies do not allow. Two different shingles collide in one position
 * with probability 2<sup>-32</sup>, far below what moves a Jaccard estimate.
 */
public final class MinHash {

    private static final long SEED_BASE = 0x5eed_0f_d0c5_2026L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final int[] multipliers;
    private final int[] increments;

    public MinHash(int hashes) {
        if (hashes < 1) {
            throw new IllegalArgumentException("number of hashes must be positive: " + hashes);
        }
        multipliers = new int[hashes];
        increments = new int[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = (int) Hashing.mix(SEED_BASE + (2L * i) * GOLDEN_GAMMA) | 1;
            increments[i] = (int) Hashing.mix(SEED_BASE + (2L * i + 1) * GOLDEN_GAMMA);
        }
    }

    public int size() {
        return multipliers.length;
    }

    /** The signature of a shingle set; all positions are {@link Integer#MAX_VALUE} for an empty set. */
    public int[] signature(long[] shingles) {
        int n = multipliers.length;
        int[] signature = new int[n];
        int[] a = multipliers;
        int[] b = increments;
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            int x = (int) (shingle ^ (shingle >>> 32));
            for (int i = 0; i < n; i++) {
                signature[i] = Math.min(signature[i], a[i] * x + b[i]);
            }
        }
        return signature;
    }
}
