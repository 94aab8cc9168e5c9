package io.wirewatch.processor.copies;

/**
 * The verdict that one text is a copy of another.
 *
 * @param similarity the measure that decided, in [0, 1]
 * @param measure    "jaccard", "containment" or "exact"
 * @param shared     the shingles both texts hold: how much of the new text the other explains, which ranks
 *                   the texts a new one copies (a Jaccard and a containment are not on one scale)
 */
public record CopyMatch(double similarity, String measure, int shared) {
}
