package io.wirewatch.alerts.matching;

import java.time.Duration;
import java.util.function.Consumer;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Event-time retention for the topology's timestamped stores, purged by a stream-time punctuator. */
final class Expiry {

    private static final Duration MIN_PURGE_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MAX_PURGE_INTERVAL = Duration.ofHours(1);

    private Expiry() {
    }

    /** Deletes the entries stamped at or before {@code cutoff}; returns how many. */
    static <V> int purge(TimestampedKeyValueStore<String, V> store, long cutoff) {
        return purge(store, cutoff, key -> { });
    }

    /** As above, telling {@code deleted} each key it deletes. */
    static <V> int purge(TimestampedKeyValueStore<String, V> store, long cutoff, Consumer<String> deleted) {
        int purged = 0;
        try (KeyValueIterator<String, ValueAndTimestamp<V>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<V>> entry = all.next();
                if (entry.value.timestamp() <= cutoff) {
                    store.delete(entry.key);
                    deleted.accept(entry.key);
                    purged++;
                }
            }
        }
        return purged;
    }

    /** Purge often enough that a store holds little beyond one retention, rarely enough to be cheap. */
    static Duration purgeInterval(Duration retention) {
        Duration tenth = Duration.ofMillis(Math.max(1, retention.toMillis() / 10));
        if (tenth.compareTo(MIN_PURGE_INTERVAL) < 0) {
            return MIN_PURGE_INTERVAL;
        }
        return tenth.compareTo(MAX_PURGE_INTERVAL) > 0 ? MAX_PURGE_INTERVAL : tenth;
    }
}
