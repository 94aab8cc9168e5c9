package io.wirewatch.processor.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The bucket keys under which an article is indexed and looked up, so that only articles sharing a key
 * are ever verified.
 *
 * <ul>
 *   <li>LSH band keys ({@code b<band>:<hash>}): the MinHash signature cut into {@code bands} bands of
 *       {@code rows} rows; two texts with Jaccard s share a band with probability 1 - (1 - s^rows)^bands
 *       (0.87 at s = 0.5 for 32 × 4). They find rewritten copies of similar length.</li>
 *   <li>Anchor keys ({@code a:<hash>}): every shingle whose hash is 0 modulo {@value #ANCHOR_MODULUS}.
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

    /** Band keys followed by anchor keys; empty for an empty shingle set. */
    public List<String> keys(long[] shingles) {
        List<String> keys = new ArrayList<>();
        if (shingles.length == 0) {
            return keys;
        }
        long[] signature = minHash.signature(shingles);
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int row = 0; row < rows; row++) {
                h = Hashing.mix(h * 31 + signature[band * rows + row]);
            }
            keys.add("b" + band + ":" + Hashing.hex(h));
        }
        for (long shingle : shingles) {
            if (Math.floorMod(shingle, ANCHOR_MODULUS) == 0) {
                keys.add("a:" + Hashing.hex(shingle));
            }
        }
        return keys;
    }
}
