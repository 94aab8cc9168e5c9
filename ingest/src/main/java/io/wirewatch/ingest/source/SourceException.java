package io.wirewatch.ingest.source;

/** A source that could not be read at all (unreachable, HTTP error, not a feed, missing file). */
public final class SourceException extends Exception {

    private final String location;

    public SourceException(String location, String message, Throwable cause) {
        super(message.startsWith(location) ? message : location + ": " + message, cause);
        this.location = location;
    }

    /** The URL or path of the source. */
    public String location() {
        return location;
    }
}
