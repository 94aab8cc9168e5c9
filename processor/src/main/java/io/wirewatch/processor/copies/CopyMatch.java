package io.wirewatch.processor.copies;

/**
 * The verdict that one text is a copy of another.
 *
 * @param similarity the measure that decided, in [0, 1]
 * @param measure    "jaccard", "containment" or "exact"
 */
public record CopyMatch(double similarity, String measure) {
}
