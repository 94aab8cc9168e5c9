package io.wirewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A clean article as ingest publishes it to {@code news.articles.v1}, keyed by {@link #id()}.
 *
 * @param schemaVersion contract version of this record ({@link #SCHEMA_VERSION})
 * @param id            stable hash of the canonical URL (or of the origin for local files)
 * @param version       1 for the first publication, incremented when the text changes (a correction)
 * @param sourceId      id of the configured source (or "cli" for ad-hoc fetches)
 * @param origin        what the article came from: the source URL, the command-line argument or path
 * @param url           canonical URL of the article (tracking parameters removed)
 * @param title         headline
 * @param text          main text, paragraphs separated by a blank line
 * @param language      ISO 639-1 code ("de", "en", "fr") or "und" when unknown
 * @param authors       author names, possibly empty
 * @param publishedAt   publication time as the publisher states it, or null if unknown
 * @param fetchedAt     when ingest read it
 * @param contentHash   hash of the normalised text; equal hashes mean the same text
 */
public record Article(
        int schemaVersion,
        String id,
        int version,
        String sourceId,
        String origin,
        String url,
        String title,
        String text,
        String language,
        List<String> authors,
        Instant publishedAt,
        Instant fetchedAt,
        String contentHash) {

    public static final int SCHEMA_VERSION = 1;

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null ? "und" : language;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The first author, or null: the single {@code author} field that line-oriented output shows. */
    public String author() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    /** The time the article counts from: its publication time when known, else when it was fetched. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }
}
