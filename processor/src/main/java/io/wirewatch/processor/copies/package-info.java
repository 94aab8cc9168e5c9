/**
 * Near-duplicate detection for news copies: {@link io.wirewatch.processor.copies.TextNormaliser} makes
 * agency copies, Swiss spellings and re-quoted texts look alike, {@link io.wirewatch.processor.copies.Shingles}
 * turns each line into hashed word shingles, {@link io.wirewatch.processor.copies.MinHash} and
 * {@link io.wirewatch.processor.copies.CandidateKeys} find candidates without comparing against every stored
 * article ({@link io.wirewatch.processor.copies.CandidateIndex} lists the live articles under their keys, in
 * memory), and {@link io.wirewatch.processor.copies.CopyVerifier} decides by exact Jaccard or containment.
 *
 * <p>{@link io.wirewatch.processor.copies.Fingerprinter} computes what depends on an article alone, in the
 * parallel input tasks; the article travels with it as a {@link io.wirewatch.processor.copies.FingerprintedArticle}
 * to {@link io.wirewatch.processor.copies.CopyDetectionProcessor}, the Kafka Streams processor of the single
 * ordered task, which keeps the state (fingerprints, boilerplate sightings, stories) in changelogged stores
 * ({@link io.wirewatch.processor.copies.CopyStores}) and assigns every article to a story. The text
 * algorithms (normaliser, shingles, MinHash, keys, verifier, index) are pure and have no Kafka dependency.
 */
package io.wirewatch.processor.copies;
