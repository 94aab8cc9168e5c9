package io.wirewatch.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One outcome of delivering an alert to one channel, on {@code wirewatch.deliveries.v1} keyed by
 * alert id: the audit trail of every attempt, retry and give-up, for dashboards and operators.
 *
 * @param schemaVersion  contract version ({@link #SCHEMA_VERSION})
 * @param alertId        the alert; also the {@code X-Wirewatch-Delivery} id receivers see
 * @param subscriptionId its subscription
 * @param storyId        its story
 * @param channel        the channel's description, without secrets ({@code webhook https://hooks.example.org})
 * @param outcome        {@value #DELIVERED}, {@value #FAILED} (one attempt refused), {@value #RETRIED}
 *                       (scheduled for a later attempt) or {@value #DEAD_LETTERED} (given up)
 * @param attempt        how many attempts this alert has had on this channel, this one included
 * @param latencyMs      how long this attempt took; 0 for outcomes that are no attempt ({@value #RETRIED}, {@value #DEAD_LETTERED})
 * @param status         HTTP status of the answer, or null when there was none
 * @param error          why it failed, or null when delivered
 * @param nextAttemptAt  when the next attempt is due ({@value #RETRIED} only), or null
 * @param at             when this outcome happened
 */
public record Delivery(
        int schemaVersion,
        String alertId,
        String subscriptionId,
        String storyId,
        String channel,
        String outcome,
        int attempt,
        long latencyMs,
        Integer status,
        String error,
        Instant nextAttemptAt,
        Instant at) {

    public static final int SCHEMA_VERSION = 1;
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String RETRIED = "retried";
    public static final String DEAD_LETTERED = "dead-lettered";

    public Delivery {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }
}
