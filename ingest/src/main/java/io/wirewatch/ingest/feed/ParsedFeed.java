package io.wirewatch.ingest.feed;

import java.util.List;

/**
 * A feed read from its bytes.
 *
 * @param title    the feed's title, or null
 * @param language the feed's declared language, or null
 * @param entries  its items in feed order
 * @param repairs  what had to be repaired to read it (undeclared entities, stray ampersands, a charset that
 *                 did not fit the bytes...); empty for a well-formed feed. Feed readers call such a feed "bozo".
 */
public record ParsedFeed(String title, String language, List<FeedEntry> entries, List<String> repairs) {

    public ParsedFeed {
        entries = List.copyOf(entries);
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    /** A well-formed feed: nothing repaired. */
    public ParsedFeed(String title, String language, List<FeedEntry> entries) {
        this(title, language, entries, List.of());
    }

    /** True when the feed was only readable after repairs. */
    public boolean repaired() {
        return !repairs.isEmpty();
    }
}
