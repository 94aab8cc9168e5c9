package io.wirewatch.ingest.feed;

/** A feed that cannot be read, with the source it came from. */
public final class FeedParseException extends Exception {

    private final String source;

    public FeedParseException(String source, String message, Throwable cause) {
        super(source + ": not a readable feed: " + message, cause);
        this.source = source;
    }

    /** The URL or path the feed came from. */
    public String source() {
        return source;
    }
}
