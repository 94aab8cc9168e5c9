package io.wirewatch.eval;

import java.util.Optional;

import io.wirewatch.ingest.feed.ParsedFeed;

/**
 * What the feed parser made of one corpus file.
 *
 * @param feed      the parsed feed, or null when parsing failed
 * @param cleanError the message of a {@code FeedParseException}, or null
 * @param uncaught  any other throwable the parser let escape (a bug), or null
 * @param articles  how many articles ingest makes of the feed's entries (an entry without anything to
 *                  identify it may yield none)
 */
record FeedOutcome(ParsedFeed feed, String cleanError, Throwable uncaught, int articles) {

    /** A parsed feed whose articles were not counted. */
    static FeedOutcome parsed(ParsedFeed feed) {
        return parsed(feed, 0);
    }

    static FeedOutcome parsed(ParsedFeed feed, int articles) {
        return new FeedOutcome(feed, null, null, articles);
    }

    static FeedOutcome rejected(String message) {
        return new FeedOutcome(null, message, null, 0);
    }

    static FeedOutcome crashed(Throwable throwable) {
        return new FeedOutcome(null, null, throwable, 0);
    }

    Optional<ParsedFeed> parsedFeed() {
        return Optional.ofNullable(feed);
    }

    /** feedparser's "bozo": the feed could not be read as given, whether or not it was recovered. */
    boolean bozo() {
        return feed == null || feed.repaired();
    }
}
