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
    /**
     * A line of fewer shingles (fewer than 15 words at 5-word shingles) is furniture-sized: a navigation
     * entry, a credit, a link to another article.
     */
    static final int SHORT_LINE_SHINGLES = 11;

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
            return Optional.of(new CopyMatch(jaccard, "jaccard", shared));
        }
        if (containment >= containmentThreshold) {
            return Optional.of(new CopyMatch(containment, "containment", shared));
        }
        return Optional.empty();
    }

    /**
     * As {@link #compare(long[], long[])}, and when {@code b} is the smaller text, its short lines (fewer than
     * {@value #SHORT_LINE_SHINGLES} shingles) that share no shingle with {@code a} do not count against containment:
     * a portal's copy of an agency text carries navigation, teaser, share, photo credit and "Siehe auch" lines
     * of its own, and is often cut at the end, and what is left of its body must decide. Long lines of its
     * own (a paragraph the portal added) still count, so that an article quoting one paragraph of another
     * stays an article of its own.
     *
     * @param bLines the shingles of each line of {@code b}, in text order (as {@link Shingles#ofLine})
     */
    public Optional<CopyMatch> compare(long[] a, long[] b, long[][] bLines) {
        Optional<CopyMatch> plain = compare(a, b);
        if (plain.isPresent() || b.length > a.length || a.length < minShingles) {
            return plain;
        }
        return withoutFurniture(b, bLines, a);
    }

    /**
     * As {@link #compare(long[], long[], long[][])}, and the other way round too: when {@code a}, the earlier
     * text, is the smaller, its own short lines that share nothing with {@code b} do not count against
     * containment, so that a portal copy that arrived first is recognised in the agency text that follows it.
     *
     * @param aShortLines the shingles of the short lines of {@code a} (as {@link #shortLines} keeps them)
     */
    public Optional<CopyMatch> compare(long[] a, long[][] aShortLines, long[] b, long[][] bLines) {
        Optional<CopyMatch> match = compare(a, b, bLines);
        if (match.isPresent() || a.length >= b.length || aShortLines.length == 0 || b.length < minShingles) {
            return match;
        }
        return withoutFurniture(a, aShortLines, b);
    }

    /**
     * Whether {@code earlier} is a cut copy of {@code later}: contained in it (its unmatched short lines left
     * out, as above) and the later text brings at least a quarter more, and at least {@code minShingles}
     * shingles, that the earlier lacks. A text that differs by a few edited words is no fuller than its copy.
     */
    public boolean cutCopyOf(long[] earlier, long[][] earlierShortLines, long[] later) {
        if (earlier.length < minShingles || later.length <= earlier.length) {
            return false;
        }
        int shared = LongSets.intersectionSize(earlier, later);
        int content = earlier.length - LongSets.intersectionSize(unmatchedShortLines(later, earlierShortLines), earlier);
        int added = later.length - shared;
        return shared >= minShingles && (double) shared / content >= containmentThreshold
                && added >= Math.max(minShingles, content / 4.0);
    }

    /** The containment of {@code smaller} in {@code larger}, the short lines of {@code smaller} that share nothing with it left out. */
    private Optional<CopyMatch> withoutFurniture(long[] smaller, long[][] smallerLines, long[] larger) {
        int shared = LongSets.intersectionSize(smaller, larger);
        if (shared < minShingles) {
            return Optional.empty();
        }
        int furniture = LongSets.intersectionSize(unmatchedShortLines(larger, smallerLines), smaller);
        double containment = (double) shared / (smaller.length - furniture);
        return containment >= containmentThreshold ? Optional.of(new CopyMatch(containment, "containment", shared)) : Optional.empty();
    }

    /** The shingles of the furniture-sized lines (fewer than {@value #SHORT_LINE_SHINGLES} shingles), in text order. */
    public static long[][] shortLines(long[][] lines) {
        long[][] kept = new long[lines.length][];
        int n = 0;
        for (long[] line : lines) {
            if (line.length > 0 && line.length < SHORT_LINE_SHINGLES) {
                kept[n++] = line;
            }
        }
        return java.util.Arrays.copyOf(kept, n);
    }

    /** Sorted distinct shingles of the short lines none of whose shingles {@code a} holds. */
    static long[] unmatchedShortLines(long[] a, long[][] lines) {
        long[][] unmatched = new long[lines.length][];
        int n = 0;
        for (long[] line : lines) {
            if (line.length > 0 && line.length < SHORT_LINE_SHINGLES && noneIn(a, line)) {
                unmatched[n++] = line;
            }
        }
        return Shingles.union(java.util.Arrays.copyOf(unmatched, n));
    }

    private static boolean noneIn(long[] sorted, long[] values) {
        for (long value : values) {
            if (java.util.Arrays.binarySearch(sorted, value) >= 0) {
                return false;
            }
        }
        return true;
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
