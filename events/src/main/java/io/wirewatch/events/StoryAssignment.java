package io.wirewatch.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The processor's verdict for one article, on {@code news.assignments.v1} keyed by article id. A verdict
 * may be revised once a later article shows it was wrong (the copy group's original arrived after one of
 * its copies): the revised verdict is published under the same key with a higher {@code revision}, and on
 * the compacted topic the latest record is the article's verdict.
 *
 * @param schemaVersion contract version ({@link #SCHEMA_VERSION})
 * @param articleId     the article
 * @param articleVersion the article version this verdict is for
 * @param storyId       the story the article joined
 * @param duplicateOf   id of the original of its copy group, or null when it is an original
 * @param similarity    Jaccard (or containment, whichever decided) to the article it was matched against; 0 for originals
 * @param reason        why: {@link Verdict}
 * @param assignedAt    event time of the article
 * @param revision      0 for the verdict given when the article arrived, n for its n-th revision (schema version 2)
 * @param revisedBy     the article whose arrival revised this verdict, or null for a first verdict (schema version 2)
 */
public record StoryAssignment(
        int schemaVersion,
        String articleId,
        int articleVersion,
        String storyId,
        String duplicateOf,
        double similarity,
        Verdict reason,
        Instant assignedAt,
        int revision,
        String revisedBy) {

    /** 2 since verdicts can be revised ({@code revision}, {@code revisedBy}); version 1 records read as revision 0. */
    public static final int SCHEMA_VERSION = 2;

    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
    }

    /** A first verdict (revision 0). */
    public StoryAssignment(int schemaVersion, String articleId, int articleVersion, String storyId, String duplicateOf,
            double similarity, Verdict reason, Instant assignedAt) {
        this(schemaVersion, articleId, articleVersion, storyId, duplicateOf, similarity, reason, assignedAt, 0, null);
    }

    /** Whether this record revises a verdict published earlier for the same article version. */
    public boolean revised() {
        return revision > 0;
    }
}
