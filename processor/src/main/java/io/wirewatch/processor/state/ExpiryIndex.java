package io.wirewatch.processor.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * entries of this index, in a second store, list keys under a time, in time order, and eviction walks them
 * by a range scan up to the cut-off.
 *
 * <p>Invariant: every key of the store whose value has a time is listed in an entry at that time or
 * earlier. A key's time mostly only grows (each sighting takes the later of two times), so a key is listed
 * when it is created and when its time goes down, not on every update; eviction deletes the keys that
 * expired and lists each key still live again, under its time. So the walk finds exactly the keys a full
 * scan would delete, and reads a live key about once per window instead of at every eviction run.
 *
 * <p>Entries are written in batches, so that an article that creates dozens of keys costs one write, not
 * dozens: {@link #put} collects the keys to list, {@link #flush} (at the end of each record, before the
 * commit that makes its writes durable) writes them as one entry under the earliest of their times, and
 * eviction lists the live keys it read again in one entry per {@code granularity} of their times.
 *
 * <p>Entry key: the tag of the store (one index store can serve several), {@code /}, the time as 16 hex
 * digits of its value with the sign bit flipped (so that byte order is time order, negative times
 * included), {@code |} and the first key listed; value: the keys, each as its length, {@code :} and the key.
 * An entry written where one exists adds its keys to it. Time {@link Long#MAX_VALUE} means "never expires"
 * and is not listed.
 *
 * @param <V> the store's values
 */
public final class ExpiryIndex<V> {

    /** A value's time that never expires. */
    public static final long NEVER = Long.MAX_VALUE;
    /** Keys per entry at most, so that an entry stays a small record in the changelog. */
    static final int MAX_KEYS_PER_ENTRY = 512;

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, String> entries;
    private final String prefix;
    private final KeyValueStore<String, V> store;
    private final ToLongFunction<V> time;
    private final long granularityMs;
    private final List<String> pending = new ArrayList<>();
    private long pendingFrom = NEVER;

    /**
     * @param entries     the index store
     * @param tag         names the store within the index store: fixed, like a store name
     * @param store       the store indexed
     * @param time        the time of a value ({@link #NEVER} for one that never expires)
     * @param granularity how close the times of the live keys that eviction lists in one entry are: about
     *                    the interval between evictions (a key is read again once its entry's time, at most
     *                    this much before its own, falls before the cut-off)
     */
    public ExpiryIndex(KeyValueStore<String, String> entries, String tag, KeyValueStore<String, V> store, ToLongFunction<V> time,
            java.time.Duration granularity) {
        if (tag.indexOf('/') >= 0) {
            throw new IllegalArgumentException("an expiry index tag may not contain '/': " + tag);
        }
        this.entries = entries;
        this.prefix = tag + "/";
        this.store = store;
        this.time = time;
        this.granularityMs = Math.max(1, granularity.toMillis());
    }

    /**
     * An index store: each entry written once, read only by eviction's range scans, so not cached (a record
     * cache would only sort the entries in memory first); changelogged like every store.
     */
    public static StoreBuilder<KeyValueStore<String, String>> storeBuilder(KeyValueBytesStoreSupplier supplier) {
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), Serdes.String()).withCachingDisabled();
    }

    /**
     * Lists every key of the store when the index lists none and the store is not empty: state written
     * before this index existed. One scan when the task opens; never again once anything is listed.
     *
     * @return the keys listed
     */
    public int backfill() {
        try (KeyValueIterator<String, String> any = entries.prefixScan(prefix, KEYS)) {
            if (any.hasNext()) {
                return 0;
            }
        }
        Map<Long, List<String>> byTime = new TreeMap<>();
        int listed = 0;
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                long at = time.applyAsLong(entry.value);
                if (at != NEVER) {
                    byTime.computeIfAbsent(Math.floorDiv(at, granularityMs) * granularityMs, t -> new ArrayList<>()).add(entry.key);
                    listed++;
                }
            }
        }
        byTime.forEach(this::write);
        return listed;
    }

    /**
     * Stores the value, and notes its key to list when the invariant needs it: a new key, or a time earlier
     * than the previous value's. Call {@link #flush} once the record's writes are done.
     *
     * @param previous the value stored under the key until now, null for none
     */
    public void put(String key, V previous, V value) {
        store.put(key, value);
        long at = time.applyAsLong(value);
        if (at != NEVER && (previous == null || at < time.applyAsLong(previous))) {
            pending.add(key);
            pendingFrom = Math.min(pendingFrom, at);
        }
    }

    /** Lists the keys {@link #put} noted, in one entry under the earliest of their times. */
    public void flush() {
        if (!pending.isEmpty()) {
            write(pendingFrom, pending);
            pending.clear();
            pendingFrom = NEVER;
        }
    }

    /** Deletes every key of the store whose time is before the cut-off (see {@link #evictBefore(long, BiConsumer)}). */
    public int evictBefore(long cutoff) {
        return evictBefore(cutoff, (key, value) -> {
        });
    }

    /**
     * Deletes every key of the store whose time is before the cut-off, telling {@code expired} of each first
     * (in order of the entries' times, not of the keys), and lists the keys still live again under their
     * times.
     *
     * @return the keys deleted
     */
    public int evictBefore(long cutoff, BiConsumer<String, V> expired) {
        flush();
        List<KeyValue<String, String>> due = new ArrayList<>();
        // Every entry of an earlier time sorts below the bare cut-off; entries at the cut-off sort above it.
        try (KeyValueIterator<String, String> walk = entries.range(prefix, prefix + hex(cutoff))) {
            walk.forEachRemaining(due::add);
        }
        Set<String> read = new HashSet<>();
        Map<Long, List<String>> live = new TreeMap<>();
        int deleted = 0;
        for (KeyValue<String, String> entry : due) {
            entries.delete(entry.key);
            for (String key : decode(entry.value)) {
                V value = read.add(key) ? store.get(key) : null;
                if (value == null) {
                    continue; // read already in this walk, or deleted
                }
                long at = time.applyAsLong(value);
                if (at < cutoff) {
                    expired.accept(key, value);
                    store.delete(key);
                    deleted++;
                } else if (at != NEVER) {
                    long from = Math.max(cutoff, Math.floorDiv(at, granularityMs) * granularityMs);
                    live.computeIfAbsent(from, t -> new ArrayList<>()).add(key);
                }
            }
        }
        live.forEach(this::write);
        return deleted;
    }

    private void write(long at, List<String> keys) {
        for (int from = 0; from < keys.size(); from += MAX_KEYS_PER_ENTRY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + MAX_KEYS_PER_ENTRY));
            String key = prefix + hex(at) + "|" + chunk.get(0);
            String listed = entries.get(key);
            entries.put(key, (listed == null ? "" : listed) + encode(chunk));
        }
    }

    /** 16 hex digits whose byte order is the numeric order of the times. */
    static String hex(long at) {
        String digits = Long.toHexString(at ^ Long.MIN_VALUE);
        return "0".repeat(16 - digits.length()) + digits;
    }

    /** The time of an entry, from its key. */
    static long timeOf(String entryKey) {
        int at = entryKey.indexOf('/') + 1;
        return Long.parseUnsignedLong(entryKey.substring(at, at + 16), 16) ^ Long.MIN_VALUE;
    }

    static String encode(List<String> keys) {
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            out.append(key.length()).append(':').append(key);
        }
        return out.toString();
    }

    /** The keys an entry lists, from its value. */
    public static List<String> decode(String listed) {
        List<String> keys = new ArrayList<>();
        int at = 0;
        while (at < listed.length()) {
            int colon = listed.indexOf(':', at);
            if (colon < 0) {
                throw new IllegalStateException("malformed expiry index entry at " + at + ": " + listed);
            }
            int length = Integer.parseInt(listed, at, colon, 10);
            keys.add(listed.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return keys;
    }
}
