package io.wirewatch.processor.copies;

import java.time.Instant;

import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;

/**
 * What the processor remembers of one article: its fingerprint while it can still be copied (within the
 * copy window) and its verdict for as long as its story lives (so a re-sent article is recognised, and so
 * that a later original can revise it, see {@link OriginalPrecedence}).
 *
 * @param articleId     the article
 * @param version       the latest version seen
 * @param contentHash   the article's content hash, for exact duplicates
 * @param eventTimeMs   event time of the article (publication, else fetch time)
 * @param seenAtMs      record time when it arrived; eviction counts from here, in stream time
 * @param shingles      sorted distinct shingle hashes without boilerplate lines; empty once retired (its
 *                      candidate keys are derived from them, see {@link CandidateIndex})
 * @param rootId        the first-arrived article of its copy group (itself for the first): the key line sightings
 *                      count copy groups by, which never changes, also when a revision joins two groups (then
 *                      the group is known by its original, and lines already seen in both stay seen once each)
 * @param storyId       its story
 * @param similarity    similarity to the article it was matched against, 0 for an original
 * @param reason        the verdict
 * @param publishedAtMs the publication time as the publisher states it, or null when unknown
 * @param shortLines    the shingles of its short lines ({@link CopyVerifier#shortLines}), so that its own portal
 *                      furniture does not count against it when a fuller text arrives later; empty once retired
 * @param originalId    the original of its copy group ({@code duplicateOf}): the root, unless a later article
 *                      was found to be the original and revised the group
 * @param revision      how often its verdict was revised (0: as first published)
 * @param revisedBy     the article whose arrival last revised its verdict, or null
 */
public record ArticleState(
        String articleId,
        int version,
        String contentHash,
        long eventTimeMs,
        long seenAtMs,
        long[] shingles,
        String rootId,
        String storyId,
        double similarity,
        Verdict reason,
        Long publishedAtMs,
        long[][] shortLines,
        String originalId,
        int revision,
        String revisedBy) {

    private static final long[][] NONE = new long[0][];

    public ArticleState {
        shingles = shingles == null ? new long[0] : shingles;
        shortLines = shortLines == null ? NONE : shortLines;
        originalId = originalId == null ? rootId : originalId;
    }

    /** A state as written before verdicts could be revised: publication time and short lines unknown, the root its original. */
    public ArticleState(String articleId, int version, String contentHash, long eventTimeMs, long seenAtMs, long[] shingles,
            String rootId, String storyId, double similarity, Verdict reason) {
        this(articleId, version, contentHash, eventTimeMs, seenAtMs, shingles, rootId, storyId, similarity, reason, null, NONE, rootId,
                0, null);
    }

    /** Beyond the copy window: no longer a copy candidate, but still known. */
    public boolean retired() {
        return shingles.length == 0;
    }

    public ArticleState retire() {
        return new ArticleState(articleId, version, contentHash, eventTimeMs, seenAtMs, new long[0],
                rootId, storyId, similarity, reason, publishedAtMs, NONE, originalId, revision, revisedBy);
    }

    /** Whether it is the original of its copy group (no {@code duplicateOf}). */
    public boolean original() {
        return originalId.equals(articleId);
    }

    /** This state under a revised verdict: another original, similarity and reason, one revision more. */
    ArticleState revisedTo(String newOriginalId, double newSimilarity, Verdict newReason, String by) {
        return new ArticleState(articleId, version, contentHash, eventTimeMs, seenAtMs, shingles, rootId, storyId,
                newSimilarity, newReason, publishedAtMs, shortLines, newOriginalId, revision + 1, by);
    }

    public StoryAssignment assignment() {
        return new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, version, storyId,
                original() ? null : originalId, similarity, reason, Instant.ofEpochMilli(eventTimeMs), revision,
                revisedBy);
    }
}
