package io.wirewatch.dashboard.pipeline;

import java.time.Instant;

/**
 * How the polls of one source are going, as ingest reports it.
 *
 * @param status              {@code pending} (not polled yet), {@code ok}, {@code failing} or {@code paused}
 *                            (failed so often that it is polled only at the longest back-off)
 * @param lastPoll            end of the last poll, or null
 * @param lastSuccess         end of the last successful poll, or null
 * @param consecutiveFailures failed polls since the last success
 * @param lastError           message of the last failure, or null
 * @param lastHttpStatus      HTTP status of the last failure, 0 when none or not HTTP
 * @param retryAfterSeconds   the wait the server asked for (Retry-After), or null
 * @param nextPoll            when the next poll is due, or null
 * @param backoffSeconds      how far the next poll was pushed after the last one while failing, 0 when healthy
 */
public record SourcePoll(
        String status,
        Instant lastPoll,
        Instant lastSuccess,
        int consecutiveFailures,
        String lastError,
        int lastHttpStatus,
        Long retryAfterSeconds,
        Instant nextPoll,
        long backoffSeconds) {

    public static final String PENDING = "pending";
    public static final String OK = "ok";
    public static final String FAILING = "failing";
    public static final String PAUSED = "paused";
}
