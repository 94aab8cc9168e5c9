package io.wirewatch.processor.dedup;

/**
 * MinHash signatures: for each of n seeded hash functions the minimum over a document's shingles.
 * Two signatures agree in a position with probability equal to the Jaccard similarity of the sets.
 * The seeds are fixed so that a signature stored yesterday is comparable with one computed today.
 */
public final class MinHash {

    private static final long SEED_BASE = 0x5eed_0f_d0c5_2026L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long[] seeds;

    public MinHash(int hashes) {
        if (hashes < 1) {
            throw new IllegalArgumentException("number of hashes must be positive: " + hashes);
        }
        seeds = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            seeds[i] = Hashing.mix(SEED_BASE + i * GOLDEN_GAMMA);
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a shingle set; all positions are {@link Long#MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] signature = new long[seeds.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(shingle ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }
}
