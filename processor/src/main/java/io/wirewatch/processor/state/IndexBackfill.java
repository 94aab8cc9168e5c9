package io.wirewatch.processor.state;

import java.util.function.Consumer;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Filling an index of a store's values that was added after they were written. */
public final class IndexBackfill {

    private IndexBackfill() {
    }

    /**
     * Lists every stored value in {@code index} when the index is empty but the store is not: state written
     * before the index existed. One scan when the task opens, never again.
     */
    public static <V> void ifEmpty(KeyValueStore<String, String> index, KeyValueStore<String, V> stored, Consumer<V> list) {
        try (KeyValueIterator<String, String> any = index.all()) {
            if (any.hasNext()) {
                return;
            }
        }
        try (KeyValueIterator<String, V> all = stored.all()) {
            all.forEachRemaining(entry -> list.accept(entry.value));
        }
    }
}
