/**
 * Near-duplicate detection for news copies: {@link io.wirewatch.processor.dedup.TextNormaliser} makes
 * agency copies, Swiss spellings and re-quoted texts look alike, {@link io.wirewatch.processor.dedup.Shingles}
 * turns each line into hashed word shingles, {@link io.wirewatch.processor.dedup.MinHash} and
 * {@link io.wirewatch.processor.dedup.CandidateKeys} find candidates without comparing against every stored
 * article ({@link io.wirewatch.processor.dedup.CandidateIndex} lists the live articles under their keys, in
 * memory), and {@link io.wirewatch.processor.dedup.CopyVerifier} decides by exact Jaccard or containment.
 *
 * <p>{@link io.wirewatch.processor.dedup.Fingerprinter} computes what depends on an article alone, in the
 * parallel input tasks; the article travels with it as a {@link io.wirewatch.processor.dedup.FingerprintedArticle}
 * to {@link io.wirewatch.processor.dedup.CopyDetectionProcessor}, the Kafka Streams processor of the single
 * ordered task, which keeps the state (fingerprints, boilerplate sightings, stories) in changelogged stores
 * ({@link io.wirewatch.processor.dedup.DedupStores}) and assigns every article to a story. The text
 * algorithms (normaliser, shingles, MinHash, keys, verifier, index) are pure and have no Kafka dependency.
 */
package io.wirewatch.processor.dedup;
