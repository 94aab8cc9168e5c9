package io.wirewatch.eval;

import java.util.Optional;

import io.wirewatch.ingest.feed.ParsedFeed;

/**
 * What the feed parser made of one corpus file.
 *
 * @param feed      the parsed feed, or null when parsing failed
 * @param cleanError the message of a {@code FeedParseException}, or null
 * @param uncaught  any other throwable the parser let escape (a bug), or null
 */
record FeedOutcome(ParsedFeed feed, String cleanError, Throwable uncaught) {

    static FeedOutcome parsed(ParsedFeed feed) {
        return new FeedOutcome(feed, null, null);
    }

    static FeedOutcome rejected(String message) {
        return new FeedOutcome(null, message, null);
    }

    static FeedOutcome crashed(Throwable throwable) {
        return new FeedOutcome(null, null, throwable);
    }

    Optional<ParsedFeed> parsedFeed() {
        return Optional.ofNullable(feed);
    }

    /** feedparser's "bozo": the feed could not be read as given, whether or not it was recovered. */
    boolean bozo() {
        return feed == null || feed.repaired();
    }
}
