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
 *                which a report of another event of the same topic rarely repeats; and names ({@code n:}),
 *                told apart by their lowest bit ({@link #isName}), of which it takes several to make an event
 */
public record EventKeys(long[] topic, long[] anchors) {

    /** Content words looked up in the postings to find candidate stories: the longest, as compounds are rarest. */
    static final int RETRIEVAL_WORDS = 8;
    private static final long ANCHOR_SALT = 0x5bd1e9955bd1e995L;
    /** The lowest bit of an anchor tells a name (1) from a fact (0), so that one sorted array holds both. */
    private static final long NAME_BIT = 1L;

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
                anchors.add((hash ^ ANCHOR_SALT) & ~NAME_BIT); // a figure is both: its two roles are counted apart
            } else if (kind == 'n' && !continued.contains(key)) {
                anchors.add((hash ^ ANCHOR_SALT) | NAME_BIT);
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
            (key.charAt(0) == 'w' ? words : keys).add(key);
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
