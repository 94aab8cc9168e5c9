package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The articles of {@link CopyStores#ARTICLES} in order of arrival (record time), split into those still
 * copy candidates ("live") and those retired but kept for the story window ("kept"). Eviction reads
 * only the entries that expire, by a range scan, instead of deserialising every stored article (with
 * its shingles) on every eviction run.
 *
 * <p>Key: stage, the arrival time zero-padded to {@value #TIME_DIGITS} digits (so the byte order of the
 * key is the order of time), and the article id; value: the article id.
 */
final class ArticleTimeline {

    private static final int TIME_DIGITS = 19;
    private static final String LIVE = "live/";
    private static final String KEPT = "kept/";

    private final KeyValueStore<String, String> entries;

    ArticleTimeline(KeyValueStore<String, String> entries) {
        this.entries = entries;
    }

    /**
     * Lists every stored article when the timeline is empty but the articles are not: state written
     * before this index existed. One scan when the task opens, never again.
     */
    void backfillFrom(KeyValueStore<String, ArticleState> articles) {
        IndexBackfill.ifEmpty(entries, articles, state -> entries.put(keyOf(state), state.articleId()));
    }

    /** The article is stored with this state, replacing {@code previous} (null for a first version). */
    void stored(ArticleState previous, ArticleState state) {
        if (previous != null) {
            entries.delete(keyOf(previous));
        }
        entries.put(keyOf(state), state.articleId());
    }

    void retired(ArticleState live) {
        entries.delete(key(LIVE, live));
        entries.put(key(KEPT, live), live.articleId());
    }

    void forgotten(ArticleState state) {
        entries.delete(keyOf(state));
    }

    /**
     * An entry whose article is gone or stored at another time: left by a crash between the writes of
     * one record under at-least-once processing. Dropped, so that it is not read again.
     */
    void dropStale(KeyValue<String, String> entry) {
        entries.delete(entry.key);
    }

    /** Whether the entry still describes the stored state of its article. */
    static boolean describes(KeyValue<String, String> entry, ArticleState stored) {
        return stored != null && entry.key.equals(keyOf(stored));
    }

    /** Entries (key → article id) of candidates that arrived before the cutoff, oldest first. */
    List<KeyValue<String, String>> liveBefore(long cutoffMs) {
        return before(LIVE, cutoffMs);
    }

    /** Entries (key → article id) of every live article, oldest first. */
    List<KeyValue<String, String>> allLive() {
        return before(LIVE, Long.MAX_VALUE);
    }

    /** Entries (key → article id) of retired articles that arrived before the cutoff, oldest first. */
    List<KeyValue<String, String>> keptBefore(long cutoffMs) {
        return before(KEPT, cutoffMs);
    }

    private List<KeyValue<String, String>> before(String stage, long cutoffMs) {
        List<KeyValue<String, String>> ids = new ArrayList<>();
        if (cutoffMs <= 0) {
            return ids;
        }
        // Every key of an earlier time sorts below the bare padded cutoff; keys at the cutoff sort above it.
        try (KeyValueIterator<String, String> expired = entries.range(stage, stage + padded(cutoffMs))) {
            expired.forEachRemaining(ids::add);
        }
        return ids;
    }

    private static String keyOf(ArticleState state) {
        return key(state.retired() ? KEPT : LIVE, state);
    }

    private static String key(String stage, ArticleState state) {
        return stage + padded(state.seenAtMs()) + "|" + state.articleId();
    }

    private static String padded(long timeMs) {
        String digits = Long.toString(Math.max(0, timeMs));
        return "0".repeat(TIME_DIGITS - digits.length()) + digits;
    }
}
