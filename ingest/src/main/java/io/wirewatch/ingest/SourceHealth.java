package io.wirewatch.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * How a polled source is doing.
 *
 * @param lastSuccess         end of the last successful poll, or null if none yet
 * @param lastAttempt         end of the last poll, or null if none yet
 * @param consecutiveFailures failed polls since the last success
 * @param paused              true after {@link Backoff#PAUSE_AFTER_FAILURES} failures in a row: polled only at the
 *                            longest back-off until it succeeds again
 * @param lastError           message of the last failure, or null
 * @param lastStatus          HTTP status of the last failure (e.g. 429, 503), or 0 when none or not HTTP
 * @param retryAfter          the wait the server asked for with its last 429/503 (Retry-After), or null
 * @param nextPoll            when the next poll is due, or null when not scheduled
 */
public record SourceHealth(
        Instant lastSuccess,
        Instant lastAttempt,
        int consecutiveFailures,
        boolean paused,
        String lastError,
        int lastStatus,
        Duration retryAfter,
        Instant nextPoll) {

    /** True when the last poll succeeded (or none failed yet). */
    public boolean healthy() {
        return consecutiveFailures == 0;
    }
}
