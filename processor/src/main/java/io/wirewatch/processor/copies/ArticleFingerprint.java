package io.wirewatch.processor.copies;

import java.util.List;

import io.wirewatch.processor.story.EventKeys;

/**
 * What copy detection and story matching need of an article's text, computed from the article alone
 * ({@link Fingerprinter}) before the single ordered partition, so that this work runs in parallel tasks
 * and the ordered task only looks things up.
 *
 * <p>Shingles and candidate keys are those of all lines. The ordered task learns only later which lines
 * are boilerplate (seen in two stories); when an article has one, it takes that line's shingles out
 * and computes the keys again.
 *
 * @param lineHashes    {@link Hashing#hash64} of each normalised non-empty line, in text order
 * @param lineShingles  the shingle hashes of each of those lines
 * @param shingles      sorted distinct shingle hashes of all lines
 * @param candidateKeys the {@link CandidateKeys} of those shingles
 * @param evidence      the story evidence keys of title and text by which candidate stories are found
 *                      ({@link EventKeys#retrievalKeys}), distinct
 * @param event         the keys an independent report is compared by
 */
public record ArticleFingerprint(long[] lineHashes, long[][] lineShingles, long[] shingles, long[] candidateKeys, List<String> evidence,
                                 EventKeys event) {

    public ArticleFingerprint {
        evidence = List.copyOf(evidence);
    }
}
