package io.wirewatch.bench.processor;

import io.wirewatch.events.Article;

/** What a processor benchmark feeds articles into: a whole topology or one stage of it. */
interface ArticleSink extends AutoCloseable {

    void process(Article article);

    /** Finishes every article handed in so far; a sink that works ahead returns only when all are through. */
    default void flush() {
    }

    @Override
    void close();
}
