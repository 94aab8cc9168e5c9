package io.wirewatch.processor.copies;

import java.time.Duration;

/**
 * The tuning of copy detection, taken from the processor configuration.
 *
 * @param copyWindow           how long an article can still be copied (and is kept as a candidate)
 * @param storyWindow          how long stories and verdicts are kept (re-sent articles recognised)
 * @param shingleSize          words per shingle
 * @param minHashes            MinHash signature length
 * @param bands                LSH bands; must divide {@code minHashes}
 * @param jaccardThreshold     minimum Jaccard similarity of a copy
 * @param containmentThreshold minimum containment of a cut or a teaser
 */
public record CopySettings(
        Duration copyWindow,
        Duration storyWindow,
        int shingleSize,
        int minHashes,
        int bands,
        double jaccardThreshold,
        double containmentThreshold) {
}
