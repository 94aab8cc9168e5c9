package io.wirewatch.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A 429 or 503: the server asks us to come back later, maybe saying when (Retry-After). */
public final class RetryLaterException extends FetchException {

    private final transient Duration retryAfter;

    public RetryLaterException(URI url, int status, Duration retryAfter) {
        super(url, status, "HTTP " + status + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + "s"));
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
