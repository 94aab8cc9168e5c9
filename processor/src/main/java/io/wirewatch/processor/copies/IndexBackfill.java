package io.wirewatch.processor.copies;

import java.util.function.Consumer;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Filling an index of the article states that was added after they were written. */
final class IndexBackfill {

    private IndexBackfill() {
    }

    /**
     * Lists every stored article in {@code index} when the index is empty but the articles are not: state
     * written before the index existed. One scan when the task opens, never again.
     */
    static void ifEmpty(KeyValueStore<String, String> index, KeyValueStore<String, ArticleState> articles, Consumer<ArticleState> list) {
        try (KeyValueIterator<String, String> any = index.all()) {
            if (any.hasNext()) {
                return;
            }
        }
        try (KeyValueIterator<String, ArticleState> all = articles.all()) {
            all.forEachRemaining(entry -> list.accept(entry.value));
        }
    }
}
