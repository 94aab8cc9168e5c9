package io.wirewatch.processor.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.wirewatch.processor.copies.Hashing;
import io.wirewatch.processor.copies.LongSets;

/**
 * An article's evidence keys as event similarity uses them, hashed to sorted distinct longs.
 *
 * @param topic   content words ({@code w:}) and figures ({@code z:}): what the report is about, weighed by rarity
 * @param anchors dates ({@code d:}), figures ({@code z:}) and quoted runs ({@code q:}): facts of one event,
 *                which a report of another event of the same topic rarely repeats; names ({@code n:}),
 *                told apart by their lowest bit ({@link #isName}), of which it takes several to make an event;
 *                and typed facts, ages ({@code a:}) and amounts ({@code m:}), told apart by their top byte
 *                ({@link #factKind}), whose values in two reports must not differ
 */
public record EventKeys(long[] topic, long[] anchors) {

    /** Content words looked up in the postings to find candidate stories: the longest, as compounds are rarest. */
    static final int RETRIEVAL_WORDS = 8;
    private static final long ANCHOR_SALT = 0x5bd1e9955bd1e995L;
    /** The lowest bit of an anchor tells a name (1) from a fact (0), so that one sorted array holds both. */
    private static final long NAME_BIT = 1L;
    /**
     * The top byte of a typed fact ({@link FactScanner}): {@code 0xA0} or its kind. Other anchors never carry
     * such a byte ({@link #untagged}), so one sorted array holds all three roles.
     */
    private static final long TYPED_TAG = 0xA0L;
    private static final int TAG_SHIFT = 56;
    static final int AGE = 1;
    static final int MONEY = 2;
    /** Kinds of typed facts: {@link #AGE}, {@link #MONEY}. */
    static final int FACT_KINDS = 2;

    public static EventKeys of(List<String> evidence) {
        List<Long> topic = new ArrayList<>();
        List<Long> anchors = new ArrayList<>();
        java.util.Set<String> continued = continuedNames(evidence);
        for (String key : evidence) {
            char kind = key.charAt(0);
            long hash = Hashing.hash64(key);
            if (kind == 'w' || kind == 'z') {
                topic.add(hash);
            }
            if (kind == 'd' || kind == 'z' || kind == 'q') {
                anchors.add(untagged((hash ^ ANCHOR_SALT) & ~NAME_BIT)); // a figure is both: its two roles are counted apart
            } else if (kind == 'n' && !continued.contains(key)) {
                anchors.add(untagged((hash ^ ANCHOR_SALT) | NAME_BIT));
            } else if (kind == 'a') {
                anchors.add(typedFact(AGE, hash));
            } else if (kind == 'm') {
                anchors.add(typedFact(MONEY, hash));
            }
        }
        return new EventKeys(sorted(topic), sorted(anchors));
    }

    /**
     * The keys whose postings name the candidate stories: every name, date, figure and quoted run, and the
     * {@value #RETRIEVAL_WORDS} longest content words (ties in key order).
     */
    public static List<String> retrievalKeys(List<String> evidence) {
        List<String> keys = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String key : evidence) {
            char kind = key.charAt(0);
            if (kind != 'a' && kind != 'm') { // typed facts tell events apart; their figures are retrieval keys already
                (kind == 'w' ? words : keys).add(key);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        keys.addAll(words.subList(0, Math.min(RETRIEVAL_WORDS, words.size())));
        return keys;
    }

    /**
     * The names that another name continues ("Regierungssprecher Matthias" before "Matthias Wendler"): a run of
     * capitalised words yields overlapping pairs, of which only the last counts as an anchor, so that one
     * person with a title is one name, not two.
     */
    static java.util.Set<String> continuedNames(List<String> evidence) {
        java.util.Set<String> starts = new java.util.HashSet<>();
        for (String key : evidence) {
            if (key.charAt(0) == 'n') {
                int space = key.indexOf(' ');
                if (space > 2) {
                    starts.add(key.substring(2, space));
                }
            }
        }
        java.util.Set<String> continued = new java.util.HashSet<>();
        for (String key : evidence) {
            int space = key.charAt(0) == 'n' ? key.indexOf(' ') : -1;
            if (space > 0 && starts.contains(key.substring(space + 1))) {
                continued.add(key);
            }
        }
        return continued;
    }

    /** A typed fact of {@code kind}: its hash under the kind's tag, a fact (not a name) by its lowest bit. */
    private static long typedFact(int kind, long hash) {
        return (hash & ~(0xFFL << TAG_SHIFT) & ~NAME_BIT) | (TYPED_TAG | kind) << TAG_SHIFT;
    }

    /** An anchor that is not a typed fact, with its top byte moved off the typed facts' tags should it carry one. */
    private static long untagged(long anchor) {
        long top = anchor >>> TAG_SHIFT;
        return top > TYPED_TAG && top <= (TYPED_TAG | FACT_KINDS) ? anchor ^ 1L << (TAG_SHIFT + 4) : anchor;
    }

    /** The kind of a typed fact ({@link #AGE}, {@link #MONEY}), or 0 for any other anchor. */
    static int factKind(long anchor) {
        long top = anchor >>> TAG_SHIFT;
        return (anchor & NAME_BIT) == 0 && top > TYPED_TAG && top <= (TYPED_TAG | FACT_KINDS) ? (int) (top - TYPED_TAG) : 0;
    }

    /** Whether an anchor is a name rather than a date, figure or quoted run. */
    static boolean isName(long anchor) {
        return (anchor & NAME_BIT) != 0;
    }

    private static long[] sorted(List<Long> hashes) {
        long[] values = new long[hashes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = hashes.get(i);
        }
        return LongSets.sortedDistinct(values);
    }
}
