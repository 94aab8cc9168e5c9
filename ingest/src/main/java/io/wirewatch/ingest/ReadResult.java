package io.wirewatch.ingest;

import java.util.List;

import io.wirewatch.events.Article;

/**
 * The outcome of {@link SourceReader#read(String)}.
 *
 * @param origin   the source argument as given
 * @param articles the articles read, in source order
 * @param errors   one clear message per problem, each naming the source or item
 */
public record ReadResult(String origin, List<Article> articles, List<String> errors) {

    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
