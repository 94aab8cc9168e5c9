package io.wirewatch.alerts.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * A task's timestamped store with the values its one writer last read or wrote kept deserialised in
 * memory, the most recently used {@code capacity} of them. A story's claims read the same group and
 * the same member list again and again, and both grow with the story: parsing them from JSON at every
 * claim was most of the alert topology's time. Writes still go to the store (and its changelog) at once,
 * so the store stays the truth and the cache holds nothing the store does not.
 *
 * <p>Only for a store that no other processor writes. The owning processor makes a new cache in
 * {@code init}, which Kafka Streams calls again whenever the task is reopened (restart, move,
 * rolled-back transaction), so values of an aborted transaction never outlive it here. A capacity of
 * 0 reads every value from the store: the reference form for tests.
 *
 * @param <V> the stored value
 */
final class CachedStore<V> {

    /** Groups kept per task: the open groups of the stories that get claims now (a few KB each). */
    static final int GROUPS = 4096;
    /** Story member lists kept per task: up to {@code StoryMembers.MAX_MEMBERS} members each. */
    static final int STORIES = 256;

    private final TimestampedKeyValueStore<String, V> store;
    private final Map<String, ValueAndTimestamp<V>> recent;

    CachedStore(TimestampedKeyValueStore<String, V> store, int capacity) {
        this.store = store;
        this.recent = capacity == 0 ? null : new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ValueAndTimestamp<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value and its timestamp, or null when the store has none. */
    ValueAndTimestamp<V> get(String key) {
        if (recent == null) {
            return store.get(key);
        }
        ValueAndTimestamp<V> known = recent.get(key);
        if (known != null) {
            return known;
        }
        known = store.get(key);
        if (known != null) {
            recent.put(key, known);
        }
        return known;
    }

    void put(String key, ValueAndTimestamp<V> value) {
        store.put(key, value);
        if (recent != null) {
            recent.put(key, value);
        }
    }

    /** The key was deleted from the store behind the cache (a purge): forget it here too. */
    void evict(String key) {
        if (recent != null) {
            recent.remove(key);
        }
    }

    /** The store itself, for full scans (purges, rebuilding an index) whose deletions go through {@link #evict}. */
    TimestampedKeyValueStore<String, V> store() {
        return store;
    }
}
