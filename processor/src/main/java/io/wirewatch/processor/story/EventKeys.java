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
 *                which a report of another event of the same topic rarely repeats
 */
public record EventKeys(long[] topic, long[] anchors) {

    /** Content words looked up in the postings to find candidate stories: the longest, as compounds are rarest. */
    static final int RETRIEVAL_WORDS = 8;
    private static final long ANCHOR_SALT = 0x5bd1e9955bd1e995L;

    public static EventKeys of(List<String> evidence) {
        List<Long> topic = new ArrayList<>();
        List<Long> anchors = new ArrayList<>();
        for (String key : evidence) {
            char kind = key.charAt(0);
            long hash = Hashing.hash64(key);
            if (kind == 'w' || kind == 'z') {
                topic.add(hash);
            }
            if (kind == 'd' || kind == 'z' || kind == 'q') {
                anchors.add(hash ^ ANCHOR_SALT); // a figure is both: its two roles are counted apart
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

    private static long[] sorted(List<Long> hashes) {
        long[] values = new long[hashes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = hashes.get(i);
        }
        return LongSets.sortedDistinct(values);
    }
}
