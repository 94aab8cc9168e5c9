package io.wirewatch.ingest;

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
 * @param nextPoll            when the next poll is due, or null when not scheduled
 */
public record SourceHealth(
        Instant lastSuccess,
        Instant lastAttempt,
        int consecutiveFailures,
        boolean paused,
        String lastError,
        Instant nextPoll) {
}
