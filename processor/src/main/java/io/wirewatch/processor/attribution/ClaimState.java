package io.wirewatch.processor.attribution;

import io.wirewatch.events.Claim;

/**
 * A claim as stored by {@link ClaimAttributionProcessor}, with the record time of its latest sighting so
 * that claims of stories beyond the story window can be forgotten.
 */
public record ClaimState(Claim claim, long lastSeenMs) {
}
