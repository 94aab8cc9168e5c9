package io.wirewatch.dashboard.view;

import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Alert;

/**
 * An alert as the API shows it.
 *
 * @param alert      the record from {@code news.alerts.v1}
 * @param receivedAt when it was written (Kafka record time)
 * @param sourceId   the source of the article its claim was first seen in (the alert's {@code article.sourceId}, else
 *                   that article's source in the view), or null while unknown; for a digest, of its first story
 * @param language   its claim's language, which is that article's (the alert's {@code article.language}, else that
 *                   article's in the view, else the claim's in the view), or null while unknown
 * @param deliveries the delivery outcomes from the delivery log ({@code wirewatch.deliveries.v1}, via {@link Views#onDelivery})
 */
public record AlertView(Alert alert, Instant receivedAt, String sourceId, String language, List<Delivery> deliveries) {

    /**
     * One delivery attempt's outcome.
     *
     * @param channel the channel, e.g. {@code webhook}
     * @param outcome e.g. {@code delivered}, {@code failed}
     * @param at      when
     * @param detail  status code or error, or null
     */
    public record Delivery(String channel, String outcome, Instant at, String detail) {
    }
}
