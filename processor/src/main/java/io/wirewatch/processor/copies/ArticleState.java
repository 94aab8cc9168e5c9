package io.wirewatch.processor.copies;

import java.time.Instant;

import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;

/**
 * What the processor remembers of one article: its fingerprint while it can still be copied (within the
 * copy window) and its verdict for as long as its story lives (so a re-sent article is recognised).
 *
 * @param articleId   the article
 * @param version     the latest version seen
 * @param contentHash the article's content hash, for exact duplicates
 * @param eventTimeMs event time of the article (publication, else fetch time)
 * @param seenAtMs    record time when it arrived; eviction counts from here, in stream time
 * @param shingles    sorted distinct shingle hashes without boilerplate lines; empty once retired (its
 *                    candidate keys are derived from them, see {@link CandidateIndex})
 * @param rootId      the first-arrived article of its copy group (itself for an original)
 * @param storyId     its story
 * @param similarity  similarity to the root, 0 for an original
 * @param reason      the verdict
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
        Verdict reason) {

    public ArticleState {
        shingles = shingles == null ? new long[0] : shingles;
    }

    /** Beyond the copy window: no longer a copy candidate, but still known. */
    public boolean retired() {
        return shingles.length == 0;
    }

    public ArticleState retire() {
        return new ArticleState(articleId, version, contentHash, eventTimeMs, seenAtMs, new long[0],
                rootId, storyId, similarity, reason);
    }

    public StoryAssignment assignment() {
        return new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, version, storyId,
                rootId.equals(articleId) ? null : rootId, similarity, reason, Instant.ofEpochMilli(eventTimeMs));
    }
}
