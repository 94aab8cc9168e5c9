/**
 * Near-duplicate detection for news copies: {@link io.wirewatch.processor.dedup.TextNormaliser} makes
 * agency copies, Swiss spellings and re-quoted texts look alike, {@link io.wirewatch.processor.dedup.Shingles}
 * turns each line into hashed word shingles, {@link io.wirewatch.processor.dedup.MinHash} and
 * {@link io.wirewatch.processor.dedup.CandidateKeys} find candidates without comparing against every stored
 * article ({@link io.wirewatch.processor.dedup.CandidateIndex} lists the live articles under their keys, in
 * memory), and {@link io.wirewatch.processor.dedup.CopyVerifier} decides by exact Jaccard or containment.
 *
 * <p>{@link io.wirewatch.processor.dedup.CopyDetectionProcessor} is the Kafka Streams processor that keeps
 * the state (fingerprints, boilerplate sightings, stories) in changelogged stores and assigns every article to
 * a story. Everything else in this package is pure and has no Kafka dependency.
 */
package io.wirewatch.processor.dedup;
