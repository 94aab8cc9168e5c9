package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import io.wirewatch.events.Alert;

/**
 * The dispatcher's meters, on Micrometer's global registry: without a registry added to it (tests)
 * they record nothing; {@code run} adds the Prometheus one. {@link DeliveryLog} records every outcome
 * here as it writes it to the delivery log. The channel label is
 * {@link io.wirewatch.alerts.channel.Channel#describe()}: one value per configured channel, no secrets.
 */
final class DeliveryMetrics {

    static final String ALERTS = "wirewatch.alerts.received";
    static final String DELIVERIES = "wirewatch.alerts.deliveries";
    static final String DELIVERY_LATENCY = "wirewatch.alerts.delivery.latency";
    static final String END_TO_END = "wirewatch.alerts.end.to.end.latency";

    private final Clock clock;

    DeliveryMetrics(Clock clock) {
        this.clock = clock;
    }

    /** A notification read for delivery: a story's first ({@code first}), one of its updates ({@code update}) or a digest. */
    static void received(Alert alert) {
        String kind = alert.digest() != null ? "digest" : alert.sequence() == 0 ? "first" : "update";
        Metrics.counter(ALERTS, "subscription", alert.subscriptionId(), "kind", kind).increment();
    }

    /** A delivery: its attempt's latency, and the time since the article was read ({@link Alert#createdAt()}). */
    void delivered(Alert alert, String channel, long latencyMs) {
        outcome(channel, "delivered", latencyMs);
        if (alert.createdAt() != null) {
            Duration sinceRead = Duration.between(alert.createdAt(), Instant.now(clock));
            Timer.builder(END_TO_END)
                    .description("From the article's record on news.articles.v1 to the alert accepted by a channel")
                    .tag("channel", channel)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(100))
                    .maximumExpectedValue(Duration.ofHours(2))
                    .register(Metrics.globalRegistry)
                    .record(sinceRead.isNegative() ? Duration.ZERO : sinceRead);
        }
    }

    /** A refused attempt and how long it took. */
    void failed(String channel, long latencyMs) {
        outcome(channel, "failed", latencyMs);
    }

    /** An alert scheduled for a later round of attempts ({@code retried}) or given up ({@code dead-lettered}). */
    void settled(String channel, String outcome) {
        Metrics.counter(DELIVERIES, "channel", channel, "outcome", outcome).increment();
    }

    private static void outcome(String channel, String outcome, long latencyMs) {
        Metrics.counter(DELIVERIES, "channel", channel, "outcome", outcome).increment();
        Metrics.timer(DELIVERY_LATENCY, "channel", channel, "outcome", outcome).record(Duration.ofMillis(latencyMs));
    }
}
