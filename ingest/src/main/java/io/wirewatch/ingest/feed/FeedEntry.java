package io.wirewatch.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, as the feed states it.
 *
 * @param title       headline, markup removed
 * @param link        absolute link to the article page, or null
 * @param guid        the entry's id (RSS guid, Atom id), or null
 * @param publishedAt publication time, or null
 * @param updatedAt   last update time, or null
 * @param authors     author names, possibly empty
 * @param summary     the summary/description (may contain HTML), or null
 * @param content     the full content (content:encoded, atom:content; HTML), or null
 */
public record FeedEntry(
        String title,
        String link,
        String guid,
        Instant publishedAt,
        Instant updatedAt,
        List<String> authors,
        String summary,
        String content) {

    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
