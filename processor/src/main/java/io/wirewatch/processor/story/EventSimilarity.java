package io.wirewatch.processor.story;

import java.util.function.LongToIntFunction;

import io.wirewatch.processor.copies.LongSets;

/**
 * Whether a report tells the same event as a story (or another report), from their {@link EventKeys}:
 * <ul>
 *   <li><b>topic</b>: the cosine of their topic keys, each weighed by its inverse story frequency
 *       {@code ln((N + }{@value #PRIOR_STORIES}{@code ) / (df + 1))}, where N is the number of live stories
 *       and df the number that hold the key (learnt from the stream, {@link StoryFrequencies}). A word of
 *       every story about a conflict ("Nordkorea", "Kirby") weighs little once the stream has shown it
 *       in several stories; the prior keeps the weights even while the stream is young.</li>
 *   <li><b>anchors</b>: how many dates, figures and quoted runs they share that few stories hold, and one more
 *       for every {@value #NAMES_PER_ANCHOR} names (two capitalised words in a row) they share that few
 *       stories hold.</li>
 *   <li><b>conflicts</b>: how many kinds of typed facts (ages, amounts of money) both state with no value in
 *       common ({@link #conflicts}): evidence against one event.</li>
 * </ul>
 * They join when the topic similarity reaches {@value #WITH_ANCHOR} with more shared anchors than conflicts
 * (two reports of one topic share words, two reports of one event also share a fact), or {@value #TOPIC_ALONE}
 * with neither anchor nor conflict, but only once the stream has shown {@value #PRIOR_STORIES} stories: before that the weights
 * cannot tell a word of the event from a word of every report of one speaker or one newsroom. Either way
 * they share at least {@value #MIN_SHARED_TOPIC_KEYS} topic keys, so that two one-line notices never join.
 * {@link #score} folds all this into one number compared with {@value #WITH_ANCHOR}.
 */
public final class EventSimilarity {

    static final double PRIOR_STORIES = 50;
    public static final double WITH_ANCHOR = 0.10;
    /**
     * Topic similarity that joins on words alone. With conflicts holding apart two events of one kind, the
     * unrelated pairs of the tuned development half score at most 0.06 on words alone: this is twice that.
     */
    public static final double TOPIC_ALONE = 0.12;
    static final int MIN_SHARED_TOPIC_KEYS = 5;
    static final double ANCHOR_SHARE = 0.05;
    /**
     * Shared rare names that count as one anchor. One name is a topic (a place of local news, a minister); a
     * cast of names (speaker, organisation, place) shared by two reports is an event.
     */
    static final int NAMES_PER_ANCHOR = 3;

    /**
     * How alike a report is to a story or another report.
     *
     * @param topic      weighted cosine of the topic keys
     * @param sharedKeys topic keys both hold
     * @param anchors    anchor keys both hold
     * @param conflicts  kinds of typed facts both state with no value in common ({@link #conflicts})
     * @param stories    live stories the weights were learnt from
     */
    public record Match(double topic, int sharedKeys, int anchors, int conflicts, long stories) {

        /**
         * One number for the decision, compared with {@value #WITH_ANCHOR}: the topic similarity with more shared
         * anchors than conflicts; with neither, scaled down by {@value #WITH_ANCHOR}/{@value #TOPIC_ALONE} once the
         * stream knows {@value #PRIOR_STORIES} stories, else 0; 0 with conflicts and no more anchors, and below
         * {@value #MIN_SHARED_TOPIC_KEYS} shared keys.
         */
        public double score() {
            if (sharedKeys < MIN_SHARED_TOPIC_KEYS) {
                return 0;
            }
            if (anchors > conflicts) {
                return topic;
            }
            // a fact of one kind with two values (ages, amounts) speaks against one event: no join on words alone
            return stories >= PRIOR_STORIES && conflicts == 0 ? topic * WITH_ANCHOR / TOPIC_ALONE : 0;
        }

        public boolean joins() {
            return score() >= WITH_ANCHOR;
        }
    }

    private EventSimilarity() {
    }

    /** {@code ln(df + 1)} for the usual frequencies: a comparison takes some hundred weights. */
    private static final double[] LOG_DF_PLUS_ONE = new double[4_096];

    static {
        for (int df = 0; df < LOG_DF_PLUS_ONE.length; df++) {
            LOG_DF_PLUS_ONE[df] = Math.log(df + 1.0);
        }
    }

    /** Inverse story frequency of a key held by {@code df} of {@code stories} live stories. */
    static double weight(int df, long stories) {
        return weight(df, Math.log(stories + PRIOR_STORIES));
    }

    private static double weight(int df, double logStories) {
        return logStories - (df < LOG_DF_PLUS_ONE.length ? LOG_DF_PLUS_ONE[df] : Math.log(df + 1.0));
    }

    /** The match of two reports' (or a report's and a story's) keys, weighed by the story frequencies. */
    public static Match match(EventKeys a, EventKeys b, LongToIntFunction df, long stories) {
        long[] x = a.topic();
        long[] y = b.topic();
        double logStories = Math.log(stories + PRIOR_STORIES);
        double shared = 0;
        double normX = 0;
        double normY = 0;
        int sharedKeys = 0;
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (j == y.length || i < x.length && x[i] < y[j]) {
                normX += squared(weight(df.applyAsInt(x[i++]), logStories));
            } else if (i == x.length || y[j] < x[i]) {
                normY += squared(weight(df.applyAsInt(y[j++]), logStories));
            } else {
                double w = squared(weight(df.applyAsInt(x[i]), logStories));
                shared += w;
                normX += w;
                normY += w;
                sharedKeys++;
                i++;
                j++;
            }
        }
        double topic = normX == 0 || normY == 0 ? 0 : shared / Math.sqrt(normX * normY);
        return new Match(topic, sharedKeys, rareAnchors(a.anchors(), b.anchors(), df, stories), conflicts(a.anchors(), b.anchors()),
                stories);
    }

    /**
     * Shared anchors that at most {@value #ANCHOR_SHARE} of the stories hold (smoothed by the prior): New
     * Year's Day in a stream of New Year's reports, or a round figure, is a fact of many events. Facts count
     * one each, names one per {@value #NAMES_PER_ANCHOR} ({@link EventKeys#isName}).
     */
    static int rareAnchors(long[] a, long[] b, LongToIntFunction df, long stories) {
        int rare = 0;
        int names = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (b[j] < a[i]) {
                j++;
            } else {
                if (EventKeys.factKind(a[i]) == 0 && (df.applyAsInt(a[i]) + 1.0) / (stories + PRIOR_STORIES) <= ANCHOR_SHARE) {
                    if (!EventKeys.isName(a[i])) {
                        rare++;
                    } else {
                        names++;
                    }
                }
                i++;
                j++;
            }
        }
        // a name's rarity, like a word's, is known only once the stream has shown enough stories
        return rare + (stories >= PRIOR_STORIES ? names / NAMES_PER_ANCHOR : 0);
    }

    /**
     * Kinds of typed facts ({@link FactScanner}: ages, amounts) that both state, with no value in common: two
     * accidents in one town, one with a 37-year-old and damage of 12,000, the other with a 55-year-old and
     * 4,000. Rarity plays no part: a common age differs from another as much as a rare one.
     */
    static int conflicts(long[] a, long[] b) {
        int inA = 0;
        int inB = 0;
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                inA |= 1 << EventKeys.factKind(a[i++]);
            } else if (i == a.length || b[j] < a[i]) {
                inB |= 1 << EventKeys.factKind(b[j++]);
            } else {
                int kind = 1 << EventKeys.factKind(a[i]);
                inA |= kind;
                inB |= kind;
                shared |= kind;
                i++;
                j++;
            }
        }
        return Integer.bitCount(inA & inB & ~shared & ~1); // bit 0: anchors that are no typed facts
    }

    private static double squared(double x) {
        return x * x;
    }
}
