package io.wirewatch.dashboard.view;

import java.time.Instant;

import io.wirewatch.events.Claim;

/**
 * A claim as the API shows it: the record from {@code news.claims.v2} with when it arrived and
 * the outlet of its first article (null while that article is not in the view).
 */
public record ClaimView(Claim claim, Instant receivedAt, String sourceId) {
}
