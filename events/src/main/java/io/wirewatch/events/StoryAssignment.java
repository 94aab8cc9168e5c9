package io.wirewatch.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The processor's verdict for one article, on {@code news.assignments.v1} keyed by article id.
 *
 * @param schemaVersion contract version ({@link #SCHEMA_VERSION})
 * @param articleId     the article
 * @param articleVersion the article version this verdict is for
 * @param storyId       the story the article joined
 * @param duplicateOf   id of the earliest article of its copy group, or null when it is an original
 * @param similarity    Jaccard (or containment, whichever decided) to {@code duplicateOf}; 0 for originals
 * @param reason        why: {@link Verdict}
 * @param assignedAt    event time of the article
 */
public record StoryAssignment(
        int schemaVersion,
        String articleId,
        int articleVersion,
        String storyId,
        String duplicateOf,
        double similarity,
        Verdict reason,
        Instant assignedAt) {

    public static final int SCHEMA_VERSION = 1;

    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
    }
}
