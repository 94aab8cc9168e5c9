package io.wirewatch.ingest.feed;

import java.util.List;

/**
 * A feed read from its bytes.
 *
 * @param title    the feed's title, or null
 * @param language the feed's declared language, or null
 * @param entries  its items in feed order
 */
public record ParsedFeed(String title, String language, List<FeedEntry> entries) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
