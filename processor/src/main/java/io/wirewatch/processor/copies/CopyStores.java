package io.wirewatch.processor.copies;

import java.util.List;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.JsonSerde;
import io.wirewatch.events.Story;
import io.wirewatch.processor.state.ExpiryIndex;

/**
 * The state stores of {@link CopyDetectionProcessor}. Persistent (RocksDB) so that memory does not grow
 * with the number of articles; the processor evicts entries that fall out of the copy and story windows.
 * Each store has a changelog topic, so a restarted or moved task resumes where it stopped.
 */
public final class CopyStores {

    /** article id → {@link ArticleState}. */
    public static final String ARTICLES = "dedup-articles";
    /** content hash → id of the first live article with that exact text. */
    public static final String CONTENT_HASHES = "dedup-content-hashes";
    /** hash of a normalised line → {@link LineSightings}. */
    public static final String LINES = "dedup-line-sightings";
    /** arrival time and article id → article id: {@link ArticleTimeline}, so eviction reads only what expires. */
    public static final String TIMELINE = "dedup-article-timeline";
    /** story id → {@link Story}. */
    public static final String STORIES = "stories";
    /** story id and article id → the article's original: {@link StoryMembers}, so a revision finds a copy group. */
    public static final String MEMBERS = "dedup-story-members";
    /**
     * When entries of {@link #LINES} and {@link #STORIES} may expire: an {@link ExpiryIndex}, so that eviction
     * reads only those.
     */
    public static final String EXPIRY = "dedup-expiry-index";

    private CopyStores() {
    }

    public static List<StoreBuilder<KeyValueStore<String, ?>>> builders() {
        return builders(Stores::persistentKeyValueStore);
    }

    /** The stores on other bytes stores, e.g. in-memory ones for a benchmark that separates RocksDB's share. */
    public static List<StoreBuilder<KeyValueStore<String, ?>>> builders(Function<String, KeyValueBytesStoreSupplier> supplier) {
        return List.of(
                store(supplier.apply(ARTICLES), CopySerdes.articleState(), false),
                store(supplier.apply(CONTENT_HASHES), Serdes.String(), false),
                store(supplier.apply(LINES), CopySerdes.lineSightings(), true),
                store(supplier.apply(TIMELINE), Serdes.String(), false),
                store(supplier.apply(STORIES), CopySerdes.story(), true),
                store(supplier.apply(MEMBERS), Serdes.String(), false),
                expiry(supplier.apply(EXPIRY)));
    }

    public static String[] names() {
        return new String[] {ARTICLES, CONTENT_HASHES, LINES, TIMELINE, STORIES, MEMBERS, EXPIRY};
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static StoreBuilder<KeyValueStore<String, ?>> expiry(KeyValueBytesStoreSupplier supplier) {
        StoreBuilder builder = ExpiryIndex.storeBuilder(supplier);
        return builder;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> StoreBuilder<KeyValueStore<String, ?>> store(KeyValueBytesStoreSupplier supplier,
            org.apache.kafka.common.serialization.Serde<V> valueSerde, boolean cached) {
        // Cached where keys are rewritten by article after article (lines, stories): the record cache turns
        // those into one RocksDB write and changelog record per key and commit, and answers the reads of keys
        // written since. Not where each key is written once and read rarely (article states, content hashes,
        // the timeline, story members): there the cache only sorted every write into its map before the same write reached
        // RocksDB (docs/profile.md, "After (eviction, caches)").
        StoreBuilder builder = Stores.keyValueStoreBuilder(supplier, Serdes.String(), valueSerde);
        return cached ? builder.withCachingEnabled() : builder.withCachingDisabled();
    }
}
