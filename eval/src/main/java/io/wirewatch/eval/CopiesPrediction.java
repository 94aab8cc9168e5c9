package io.wirewatch.eval;

/**
 * What the processor said about one corpus file.
 *
 * @param file        the corpus file
 * @param articleId   the article id (shared by an original and its updates)
 * @param storyId     the story it joined
 * @param duplicateOf the earlier article it copies, or null for an original
 * @param reason      the processor's reason ("original", "exact", "near-copy", ...)
 */
public record CopiesPrediction(String file, String articleId, String storyId, String duplicateOf, String reason) {
}
