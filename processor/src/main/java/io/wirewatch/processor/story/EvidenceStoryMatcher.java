package io.wirewatch.processor.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.Article;

/**
 * Puts an independent report of an event into the story of an earlier report when they share strong
 * evidence ({@link StoryEvidence}) and lie within the story window of each other. Precision first: a
 * false merge hides a story from the desk, a miss only shows one story twice. A story is joined when it
 * shares with the article
 * <ul>
 *   <li>a quoted run of words and a name, and a date or a figure; or</li>
 *   <li>a long quoted passage ({@value #LONG_QUOTE_RUNS} runs) and a name; or</li>
 *   <li>a name, a date and two figures.</li>
 * </ul>
 * A name alone, however often shared, never suffices: the same spokesman speaks on many events.
 *
 * <p>The evidence index (key → {@link EvidencePostings}) is a changelogged state store; entries not seen
 * for the story window are evicted, so the index is bounded by the window, not by history.
 */
public final class EvidenceStoryMatcher implements StoryMatcher {

    /** evidence key → stories that showed it. */
    public static final String STORE = "story-evidence";
    static final int LONG_QUOTE_RUNS = 4;
    private static final int FIGURES_WITHOUT_QUOTE = 2;

    private final KeyValueStore<String, EvidencePostings> index;
    private final long storyWindowMs;
    /**
     * The postings {@link #storyFor} read for an article, which {@link #assigned} reads again for the same
     * article to update: one store read per key instead of two. Taken once, by the write that follows.
     */
    private final Map<String, EvidencePostings> postingsRead = new HashMap<>();
    /** The article {@link #postingsRead} belongs to; identity, as a new version is a new instance. */
    private Article postingsOf;

    public EvidenceStoryMatcher(KeyValueStore<String, EvidencePostings> index, Duration storyWindow) {
        this.index = index;
        this.storyWindowMs = storyWindow.toMillis();
    }

    /** Opens the matcher on the {@link #STORE} of the processor it serves. */
    public static StoryMatcherFactory factory(Duration storyWindow) {
        return context -> new EvidenceStoryMatcher(context.getStateStore(STORE), storyWindow);
    }

    public static StoreBuilder<KeyValueStore<String, EvidencePostings>> storeBuilder() {
        return storeBuilder(Stores.persistentKeyValueStore(STORE));
    }

    /** The store on another bytes store named {@link #STORE}, e.g. an in-memory one for a benchmark. */
    public static StoreBuilder<KeyValueStore<String, EvidencePostings>> storeBuilder(KeyValueBytesStoreSupplier supplier) {
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), EvidencePostings.serde()).withCachingEnabled();
    }

    @Override
    public Optional<String> storyFor(Article article, List<String> evidence, long eventTimeMs) {
        readingFor(article);
        Map<String, SharedEvidence> byStory = new TreeMap<>();
        for (String key : evidence) {
            EvidencePostings postings = index.get(key);
            postingsRead.put(key, postings);
            if (postings == null || !postings.distinctive()) {
                continue;
            }
            for (EvidencePostings.Posting posting : postings.stories()) {
                if (Math.abs(eventTimeMs - posting.eventTimeMs()) <= storyWindowMs) {
                    byStory.computeIfAbsent(posting.storyId(), id -> new SharedEvidence()).count(key.charAt(0));
                }
            }
        }
        // TreeMap order makes the tie-break (smallest story id) independent of the index's history.
        return byStory.entrySet().stream()
                .filter(e -> e.getValue().strong())
                .max(Comparator.comparingInt((Map.Entry<String, SharedEvidence> e) -> e.getValue().total())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    @Override
    public void assigned(Article article, List<String> evidence, String storyId, long eventTimeMs, long recordTimeMs) {
        readingFor(article);
        for (String key : evidence) {
            EvidencePostings postings = postingsRead.containsKey(key) ? postingsRead.remove(key) : index.get(key);
            index.put(key, (postings == null ? new EvidencePostings(List.of(), 0) : postings).seenIn(storyId, eventTimeMs, recordTimeMs));
        }
    }

    private void readingFor(Article article) {
        if (article != postingsOf) {
            postingsRead.clear();
            postingsOf = article;
        }
    }

    @Override
    public void evictBefore(long recordTimeCutoffMs) {
        postingsRead.clear();
        postingsOf = null;
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, EvidencePostings> all = index.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.lastSeenMs() < recordTimeCutoffMs) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(index::delete);
    }

    /** What one story shares with the article, by kind. */
    private static final class SharedEvidence {
        private int quoteRuns;
        private int names;
        private int dates;
        private int figures;

        void count(char kind) {
            switch (kind) {
                case 'q' -> quoteRuns++;
                case 'n' -> names++;
                case 'd' -> dates++;
                case 'z' -> figures++;
                default -> throw new IllegalStateException("unknown evidence kind " + kind);
            }
        }

        boolean strong() {
            boolean quoteAndFact = quoteRuns >= 1 && names >= 1 && dates + figures >= 1;
            boolean longQuote = quoteRuns >= LONG_QUOTE_RUNS && names >= 1;
            boolean factsOnly = names >= 1 && dates >= 1 && figures >= FIGURES_WITHOUT_QUOTE;
            return quoteAndFact || longQuote || factsOnly;
        }

        int total() {
            return quoteRuns + names + dates + figures;
        }
    }
}
