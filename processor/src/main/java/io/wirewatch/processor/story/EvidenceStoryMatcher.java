package io.wirewatch.processor.story;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.Article;
import io.wirewatch.processor.state.ExpiryIndex;

/**
 * Puts an independent report of an event into the story of an earlier report when {@link EventSimilarity}
 * says they tell one event, and they lie within the story window of each other. Candidate stories are
 * those that showed one of the article's names, dates, figures, quoted runs or longest content words
 * (the evidence index, key → {@link EvidencePostings}); each candidate's {@link StoryProfile} then
 * decides. Precision first: a false merge hides a story from the desk, a miss only shows one story twice.
 *
 * <p>Both stores are changelogged; entries not seen for the story window are evicted, so they are bounded
 * by the window, not by history. The story frequencies that weigh the keys ({@link StoryFrequencies}) are
 * derived from the stored profiles, rebuilt when the matcher opens, and so the same after a restart.
 */
public final class EvidenceStoryMatcher implements StoryMatcher {

    /** evidence key → stories that showed it. */
    public static final String STORE = "story-evidence";
    /** story id → {@link StoryProfile}. */
    public static final String PROFILES = "story-profiles";
    /** When entries of {@link #STORE} and {@link #PROFILES} may expire: an {@link ExpiryIndex}, so that eviction reads only those. */
    public static final String EXPIRY = "story-expiry-index";
    /** The longest interval between evictions (see {@link ExpiryIndex}). */
    private static final Duration EXPIRY_GRANULARITY = Duration.ofHours(1);
    /** Candidates scored per article: the stories sharing the most retrieval keys with it. */
    static final int MAX_CANDIDATES = 4;
    /** Retrieval keys a story must share to be scored: one long word or one figure in common is chance. */
    static final int MIN_SHARED_RETRIEVAL_KEYS = 2;

    private final KeyValueStore<String, EvidencePostings> index;
    private final KeyValueStore<String, StoryProfile> profiles;
    private final ExpiryIndex<EvidencePostings> indexExpiry;
    private final ExpiryIndex<StoryProfile> profileExpiry;
    private final StoryFrequencies frequencies = new StoryFrequencies();
    private final long storyWindowMs;
    /**
     * The postings {@link #storyFor} read for an article, which {@link #assigned} reads again for the same
     * article to update: one store read per key instead of two. Taken once, by the write that follows.
     */
    private final Map<String, EvidencePostings> postingsRead = new HashMap<>();
    /** The candidate profiles {@link #storyFor} read, which {@link #assigned} updates for the story chosen. */
    private final Map<String, StoryProfile> profilesRead = new HashMap<>();
    /** The article {@link #postingsRead} belongs to; identity, as a new version is a new instance. */
    private Article postingsOf;

    public EvidenceStoryMatcher(KeyValueStore<String, EvidencePostings> index, KeyValueStore<String, StoryProfile> profiles,
            KeyValueStore<String, String> expiry, Duration storyWindow) {
        this.index = index;
        this.profiles = profiles;
        this.indexExpiry = new ExpiryIndex<>(expiry, STORE, index, EvidencePostings::lastSeenMs, EXPIRY_GRANULARITY);
        this.profileExpiry = new ExpiryIndex<>(expiry, PROFILES, profiles, StoryProfile::lastSeenMs, EXPIRY_GRANULARITY);
        indexExpiry.backfill();
        profileExpiry.backfill();
        this.storyWindowMs = storyWindow.toMillis();
        try (KeyValueIterator<String, StoryProfile> all = profiles.all()) {
            all.forEachRemaining(entry -> frequencies.add(entry.key, entry.value, true));
        }
    }

    /** Opens the matcher on the {@link #STORE} and {@link #PROFILES} of the processor it serves. */
    public static StoryMatcherFactory factory(Duration storyWindow) {
        return context -> new EvidenceStoryMatcher(context.getStateStore(STORE), context.getStateStore(PROFILES),
                context.getStateStore(EXPIRY), storyWindow);
    }

    /** The names of the stores the matcher needs in its processor. */
    public static List<String> storeNames() {
        return List.of(STORE, PROFILES, EXPIRY);
    }

    public static List<StoreBuilder<?>> storeBuilders() {
        return storeBuilders(Stores::persistentKeyValueStore);
    }

    /** The stores on other bytes stores, e.g. in-memory ones for a benchmark. */
    public static List<StoreBuilder<?>> storeBuilders(java.util.function.Function<String, KeyValueBytesStoreSupplier> supplier) {
        return List.of(
                Stores.keyValueStoreBuilder(supplier.apply(STORE), Serdes.String(), EvidencePostings.serde()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(supplier.apply(PROFILES), Serdes.String(), StoryProfile.serde()).withCachingEnabled(),
                ExpiryIndex.storeBuilder(supplier.apply(EXPIRY)));
    }

    @Override
    public Optional<String> storyFor(Article article, List<String> evidence, EventKeys keys, long eventTimeMs) {
        readingFor(article);
        Map<String, Integer> shared = new TreeMap<>();
        for (String key : evidence) {
            EvidencePostings postings = index.get(key);
            postingsRead.put(key, postings);
            if (postings == null) {
                continue;
            }
            for (EvidencePostings.Posting posting : postings.stories()) {
                if (Math.abs(eventTimeMs - posting.eventTimeMs()) <= storyWindowMs) {
                    shared.merge(posting.storyId(), 1, Integer::sum);
                }
            }
        }
        addSoleHolders(evidence, keys, shared);
        String best = null;
        double bestScore = 0;
        // TreeMap order and the id tie-break make the choice independent of the index's history.
        List<String> candidates = shared.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED_RETRIEVAL_KEYS)
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
        for (String storyId : candidates) {
            StoryProfile profile = profiles.get(storyId);
            if (profile == null) {
                continue;
            }
            profilesRead.put(storyId, profile);
            EventSimilarity.Match match = EventSimilarity.match(keys, profile.keys(), frequencies::stories, frequencies.stories());
            double score = match.score();
            if (match.joins() && (best == null || score > bestScore || score == bestScore && storyId.compareTo(best) < 0)) {
                best = storyId;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public void assigned(Article article, List<String> evidence, EventKeys keys, String storyId, long eventTimeMs, long recordTimeMs) {
        readingFor(article);
        for (String key : evidence) {
            EvidencePostings postings = postingsRead.containsKey(key) ? postingsRead.remove(key) : index.get(key);
            indexExpiry.put(key, postings, (postings == null ? new EvidencePostings(List.of(), 0) : postings)
                    .seenIn(storyId, eventTimeMs, recordTimeMs));
        }
        StoryProfile profile = profilesRead.containsKey(storyId) ? profilesRead.get(storyId) : profiles.get(storyId);
        profilesRead.clear();
        StoryProfile updated;
        if (profile == null) {
            updated = StoryProfile.of(keys, recordTimeMs);
            frequencies.add(storyId, updated, true);
        } else {
            updated = profile.with(keys, recordTimeMs, (topic, anchors) -> frequencies.add(storyId, topic, anchors));
        }
        profileExpiry.put(storyId, profile, updated);
        indexExpiry.flush();
        profileExpiry.flush();
    }

    /**
     * Counts, for each story already found in the window, the article's topic keys that no other live story
     * holds ({@link StoryFrequencies#soleHolder}), but for its retrieval keys, counted already. Two reports
     * of one event share a rare word ("McMullen", a hall's name) more often than they choose it among their
     * longest words; the story must still have shown one retrieval key within the window.
     */
    private void addSoleHolders(List<String> evidence, EventKeys keys, Map<String, Integer> shared) {
        if (shared.isEmpty()) {
            return;
        }
        Map<Long, String> byHash = new HashMap<>();
        shared.keySet().forEach(storyId -> byHash.put(StoryFrequencies.storyHash(storyId), storyId));
        java.util.Set<Long> counted = new java.util.HashSet<>();
        evidence.forEach(key -> counted.add(io.wirewatch.processor.copies.Hashing.hash64(key)));
        for (long key : keys.topic()) {
            long holder = frequencies.soleHolder(key);
            String storyId = holder == 0 ? null : byHash.get(holder);
            if (storyId != null && !counted.contains(key)) {
                shared.merge(storyId, 1, Integer::sum);
            }
        }
    }

    private void readingFor(Article article) {
        if (article != postingsOf) {
            postingsRead.clear();
            profilesRead.clear();
            postingsOf = article;
        }
    }

    @Override
    public void evictBefore(long recordTimeCutoffMs) {
        postingsRead.clear();
        profilesRead.clear();
        postingsOf = null;
        indexExpiry.evictBefore(recordTimeCutoffMs);
        profileExpiry.evictBefore(recordTimeCutoffMs, frequencies::remove);
    }
}
