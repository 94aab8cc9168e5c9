package io.wirewatch.processor.story;

import java.util.function.LongToIntFunction;

import io.wirewatch.processor.dedup.LongSets;

/**
 * Whether a report tells the same event as a story (or another report), from their {@link EventKeys}:
 * <ul>
 *   <li><b>topic</b>: the cosine of their topic keys, each weighed by its inverse story frequency
 *       {@code ln((N + }{@value #PRIOR_STORIES}{@code ) / (df + 1))}, where N is the number of live stories
 *       and df the number that hold the key (learnt from the stream, {@link StoryFrequencies}). A word of
 *       every story about a conflict ("Nordkorea", "Kirby") weighs little once the stream has shown it
 *       in several stories; the prior keeps the weights even while the stream is young.</li>
 *   <li><b>anchors</b>: how many dates, figures and quoted runs they share.</li>
 * </ul>
 * They join when the topic similarity reaches {@value #TOPIC_ALONE}, or {@value #WITH_ANCHOR} with at
 * least one shared anchor: two reports of one topic share words, two reports of one event also share
 * a fact. {@link #score} folds both into one number compared with {@value #WITH_ANCHOR}.
 */
public final class EventSimilarity {

    static final double PRIOR_STORIES = 50;
    public static final double WITH_ANCHOR = 0.12;
    public static final double TOPIC_ALONE = 0.25;

    private EventSimilarity() {
    }

    /** Inverse story frequency of a key held by {@code df} of {@code stories} live stories. */
    static double weight(int df, long stories) {
        return Math.log((stories + PRIOR_STORIES) / (df + 1.0));
    }

    /** Cosine of the weighted sorted key sets; 0 when either is empty. */
    public static double topic(long[] a, long[] b, LongToIntFunction df, long stories) {
        double shared = 0;
        double normA = 0;
        double normB = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                normA += squared(weight(df.applyAsInt(a[i++]), stories));
            } else if (i == a.length || b[j] < a[i]) {
                normB += squared(weight(df.applyAsInt(b[j++]), stories));
            } else {
                double w = squared(weight(df.applyAsInt(a[i]), stories));
                shared += w;
                normA += w;
                normB += w;
                i++;
                j++;
            }
        }
        return normA == 0 || normB == 0 ? 0 : shared / Math.sqrt(normA * normB);
    }

    public static int anchors(long[] a, long[] b) {
        return LongSets.intersectionSize(a, b);
    }

    /**
     * One number for the decision: the topic similarity with a shared anchor, scaled down by
     * {@value #WITH_ANCHOR}/{@value #TOPIC_ALONE} without one; they join at {@value #WITH_ANCHOR} or above.
     */
    public static double score(double topic, int anchors) {
        return anchors > 0 ? topic : topic * WITH_ANCHOR / TOPIC_ALONE;
    }

    public static boolean joins(double score) {
        return score >= WITH_ANCHOR;
    }

    private static double squared(double x) {
        return x * x;
    }
}
