package io.wirewatch.ingest.source;

import java.util.List;

import io.wirewatch.events.Article;

/**
 * What one read of a source produced: by a poll of the service or a one-shot read ({@code fetch}, {@code replay}).
 *
 * @param articles    the articles, in source order
 * @param errors      problems with single items (one message each, naming the item); the rest was read
 * @param notModified true when the server answered a conditional GET with 304
 */
public record SourceBatch(List<Article> articles, List<String> errors, boolean notModified) {

    public SourceBatch {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    static SourceBatch unchanged() {
        return new SourceBatch(List.of(), List.of(), true);
    }

    /** A read that produced nothing but this problem. */
    public static SourceBatch failed(String error) {
        return new SourceBatch(List.of(), List.of(error), false);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
