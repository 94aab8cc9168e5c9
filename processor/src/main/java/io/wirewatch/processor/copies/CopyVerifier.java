package io.wirewatch.processor.copies;

import java.util.Optional;

/**
 * Decides on exact shingle sets whether two texts are copies: Jaccard |A∩B| / |A∪B| for rewritten copies
 * of similar length, containment |A∩B| / min(|A|,|B|) for cuts and teasers. Both sets must have at least
 * {@code minShingles} shingles, so that two one-line notices ("Die Polizei ermittelt.") never match.
 */
public final class CopyVerifier {

    /** Below this a text is too short to call a copy: a headline-sized teaser has about 15 shingles. */
    public static final int DEFAULT_MIN_SHINGLES = 12;

    private final double jaccardThreshold;
    private final double containmentThreshold;
    private final int minShingles;

    public CopyVerifier(double jaccardThreshold, double containmentThreshold, int minShingles) {
        this.jaccardThreshold = jaccardThreshold;
        this.containmentThreshold = containmentThreshold;
        this.minShingles = minShingles;
    }

    /** The match of two sorted distinct shingle sets, or empty when they are not copies. */
    public Optional<CopyMatch> compare(long[] a, long[] b) {
        if (a.length < minShingles || b.length < minShingles) {
            return Optional.empty();
        }
        int shared = LongSets.intersectionSize(a, b);
        double jaccard = (double) shared / (a.length + b.length - shared);
        double containment = (double) shared / Math.min(a.length, b.length);
        if (jaccard >= jaccardThreshold) {
            return Optional.of(new CopyMatch(jaccard, "jaccard"));
        }
        if (containment >= containmentThreshold) {
            return Optional.of(new CopyMatch(containment, "containment"));
        }
        return Optional.empty();
    }

    /** Jaccard similarity of two sorted distinct sets, 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int shared = LongSets.intersectionSize(a, b);
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Containment of the smaller set in the larger, 0 when one is empty. */
    public static double containment(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) LongSets.intersectionSize(a, b) / smaller;
    }
}
