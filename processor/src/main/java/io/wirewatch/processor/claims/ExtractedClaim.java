package io.wirewatch.processor.claims;

/**
 * An attributed statement found in a text.
 *
 * @param text    the sentence as it stands in the text
 * @param start   offset of the sentence in the text given to {@link ClaimExtractor#extract}
 * @param end     end offset (exclusive)
 * @param speaker who makes the statement ("John Kirby", "US-Beamte"), or null when the cue names nobody
 * @param cue     the attribution cue ("sagte", "so", "laut", "zufolge", "according to", "said")
 * @param direct  true when the statement is quoted
 * @param hedged  true when the sentence keeps its distance ("soll", "offenbar", "allegedly")
 */
public record ExtractedClaim(String text, int start, int end, String speaker, String cue, boolean direct, boolean hedged) {
}
