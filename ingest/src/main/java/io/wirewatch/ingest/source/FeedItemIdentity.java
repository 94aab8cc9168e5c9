package io.wirewatch.ingest.source;

import java.time.Instant;

import io.wirewatch.events.Ids;
import io.wirewatch.ingest.feed.FeedEntry;

/**
 * The id of a feed item that names no page (neither a link nor a guid that is a URI), so that it is
 * published once and keeps its id across polls. A guid the feed gives, URI or not, is the feed's own
 * promise of identity and is used with the feed's location; an item without any guid is known by the
 * feed, its title, its date and its text. Ids of this kind carry a prefix of their own, so they never
 * equal the id of an article known by its URL.
 */
final class FeedItemIdentity {

    private static final String KIND = "feed-item";

    private FeedItemIdentity() {
    }

    /**
     * @param feedLocation the feed's configured location (URL or path), the same on every poll
     * @param text         the item's text as ingest extracted it
     */
    static String of(String feedLocation, FeedEntry entry, String text) {
        String guid = entry.guid() == null ? "" : entry.guid().strip();
        if (!guid.isEmpty()) {
            return Ids.hash(KIND, feedLocation.strip(), "guid", guid);
        }
        Instant date = entry.publishedAt() != null ? entry.publishedAt() : entry.updatedAt();
        return Ids.hash(KIND, feedLocation.strip(), "content", entry.title() == null ? "" : entry.title().strip(),
                date == null ? "" : date.toString(), text);
    }
}
