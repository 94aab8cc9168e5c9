package io.wirewatch.processor.state;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Which keys of a store may have expired, so that eviction reads those, not the whole store. A key expires
 * when the time its value carries (the record time it was last seen, say) falls before a cut-off; the
 * entries of this index, in a second store, list each key under a time in time order, and eviction walks
 * them by a range scan up to the cut-off.
 *
 * <p>Invariant: every key of the store whose value has a time has an entry at that time or earlier. A key's
 * time mostly only grows (each sighting takes the later of two times), so an entry is written when the key
 * is created and when its time goes down, not on every update; eviction deletes the keys that expired and
 * moves the entry of a key still live up to the key's time. So the walk finds exactly the keys a full scan
 * would delete, and reads a live key about once per window instead of at every eviction run.
 *
 * <p>Key: the tag of the store (one index store can serve several), {@code /}, the time as 16 hex digits
 * of its value with the sign bit flipped (so that byte order is time order, negative times included),
 * {@code |} and the store key; value: the store key. Time {@link Long#MAX_VALUE} means "never expires" and is
 * not listed.
 *
 * @param <V> the store's values
 */
public final class ExpiryIndex<V> {

    /** A value's time that never expires. */
    public static final long NEVER = Long.MAX_VALUE;

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, String> entries;
    private final String prefix;
    private final KeyValueStore<String, V> store;
    private final ToLongFunction<V> time;

    /**
     * @param entries the index store
     * @param tag     names the store within the index store: fixed, like a store name
     * @param store   the store indexed
     * @param time    the time of a value ({@link #NEVER} for one that never expires)
     */
    public ExpiryIndex(KeyValueStore<String, String> entries, String tag, KeyValueStore<String, V> store, ToLongFunction<V> time) {
        if (tag.indexOf('/') >= 0) {
            throw new IllegalArgumentException("an expiry index tag may not contain '/': " + tag);
        }
        this.entries = entries;
        this.prefix = tag + "/";
        this.store = store;
        this.time = time;
    }

    /**
     * An index store: keys written once and read only by eviction's range scans, so not cached (a record
     * cache would only sort them in memory first); changelogged like every store.
     */
    public static StoreBuilder<KeyValueStore<String, String>> storeBuilder(KeyValueBytesStoreSupplier supplier) {
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), Serdes.String()).withCachingDisabled();
    }

    /**
     * Lists every key of the store when the index lists none and the store is not empty: state written
     * before this index existed. One scan when the task opens; never again once anything is listed.
     *
     * @return the entries written
     */
    public int backfill() {
        try (KeyValueIterator<String, String> any = entries.prefixScan(prefix, KEYS)) {
            if (any.hasNext()) {
                return 0;
            }
        }
        int listed = 0;
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                long at = time.applyAsLong(entry.value);
                if (at != NEVER) {
                    entries.put(key(at, entry.key), entry.key);
                    listed++;
                }
            }
        }
        return listed;
    }

    /**
     * Stores the value and lists its key when the invariant needs it: a new key, or a time earlier than the
     * previous value's.
     *
     * @param previous the value stored under the key until now, null for none
     */
    public void put(String key, V previous, V value) {
        store.put(key, value);
        long at = time.applyAsLong(value);
        if (at != NEVER && (previous == null || at < time.applyAsLong(previous))) {
            entries.put(key(at, key), key);
        }
    }

    /** Deletes every key of the store whose time is before the cut-off (see {@link #evictBefore(long, BiConsumer)}). */
    public int evictBefore(long cutoff) {
        return evictBefore(cutoff, (key, value) -> {
        });
    }

    /**
     * Deletes every key of the store whose time is before the cut-off, telling {@code expired} of each first
     * (in order of the entries' times, not of the keys), and moves the entries of the keys still live up to
     * their time.
     *
     * @return the keys deleted
     */
    public int evictBefore(long cutoff, BiConsumer<String, V> expired) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        // Every entry of an earlier time sorts below the bare cut-off; entries at the cut-off sort above it.
        try (KeyValueIterator<String, String> walk = entries.range(prefix, prefix + hex(cutoff))) {
            walk.forEachRemaining(due::add);
        }
        int deleted = 0;
        for (KeyValue<String, String> entry : due) {
            entries.delete(entry.key);
            V value = store.get(entry.value);
            if (value == null) {
                continue; // deleted already: by an earlier entry of the same key in this walk
            }
            long at = time.applyAsLong(value);
            if (at < cutoff) {
                expired.accept(entry.value, value);
                store.delete(entry.value);
                deleted++;
            } else if (at != NEVER) {
                entries.put(key(at, entry.value), entry.value);
            }
        }
        return deleted;
    }

    private String key(long at, String storeKey) {
        return prefix + hex(at) + "|" + storeKey;
    }

    /** 16 hex digits whose byte order is the numeric order of the times. */
    static String hex(long at) {
        String digits = Long.toHexString(at ^ Long.MIN_VALUE);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
