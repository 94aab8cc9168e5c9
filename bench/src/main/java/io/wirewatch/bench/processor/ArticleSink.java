package io.wirewatch.bench.processor;

import io.wirewatch.events.Article;

/** What a processor benchmark feeds articles into: a whole topology or one stage of it. */
interface ArticleSink extends AutoCloseable {

    void process(Article article);

    @Override
    void close();
}
