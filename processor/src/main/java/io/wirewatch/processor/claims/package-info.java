/**
 * Attributed statements ("claims") in German and English news text.
 *
 * <p>{@link io.wirewatch.processor.claims.SentenceSplitter} cuts text into sentences that survive
 * German abbreviations, dates and quotations; {@link io.wirewatch.processor.claims.ClaimExtractor}
 * keeps the sentences that attribute a statement to someone and says who ({@code SpeakerPhrase},
 * {@code SpeakerResolver}), with which cue ({@code CueLexicon}), whether it is quoted
 * ({@code QuoteFinder}) and whether it is hedged.
 *
 * <p>The approach is deliberately regex and gazetteer based: it is transparent, needs no model
 * files, and errs on the side of precision. A sentence is a claim only when it has an attribution
 * cue <em>and</em> a statement (a quote or a content clause) that the cue governs.
 *
 * <p>Pure library code: no Kafka, no logging.
 */
package io.wirewatch.processor.claims;
