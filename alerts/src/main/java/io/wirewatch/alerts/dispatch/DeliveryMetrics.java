package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.wirewatch.events.Alert;

/**
 * The dispatcher's meters, on Micrometer's global registry: without a registry added to it (tests)
 * they record nothing; {@code run} adds the Prometheus one. The channel label is
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

    static void received(Alert alert) {
        Metrics.counter(ALERTS, "subscription", alert.subscriptionId()).increment();
    }

    /**
     * One channel's handling of one alert: its outcome ({@code delivered}, {@code failed}), how long the
     * attempts took, and for a delivery the time since the article was read ({@link Alert#createdAt()}).
     */
    void delivered(Alert alert, String channel, DeliveryOutcome outcome, Duration took) {
        String result = outcome instanceof DeliveryOutcome.Delivered ? "delivered" : "failed";
        Metrics.counter(DELIVERIES, "channel", channel, "outcome", result).increment();
        Metrics.timer(DELIVERY_LATENCY, "channel", channel, "outcome", result).record(took);
        if (outcome instanceof DeliveryOutcome.Delivered && alert.createdAt() != null) {
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
}
