package io.wirewatch.processor;

import io.wirewatch.events.Claim;

/**
 * A claim as stored by {@link ClaimAttributionProcessor}, with the record time of its latest sighting so
 * that claims of stories beyond the story window can be forgotten.
 */
record ClaimState(Claim claim, long lastSeenMs) {
}
