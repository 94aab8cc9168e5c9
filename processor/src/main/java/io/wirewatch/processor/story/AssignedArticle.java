package io.wirewatch.processor.story;

import io.wirewatch.events.Article;
import io.wirewatch.events.Story;
import io.wirewatch.events.StoryAssignment;

/**
 * An article with its verdict and the story as it stands after the article joined; passed between the
 * processors of one sub-topology, never serialised. A revision of an earlier verdict ({@link #revision})
 * carries only the revised assignment: its article passed through before, and its story did not change.
 *
 * @param article    the article, or null for a revision
 * @param assignment the verdict
 * @param story      the story after the article joined, or null for a revision
 */
public record AssignedArticle(Article article, StoryAssignment assignment, Story story) {

    /** A revised verdict of an article assigned before: published, but not sent to claims or stories again. */
    public static AssignedArticle revision(StoryAssignment assignment) {
        return new AssignedArticle(null, assignment, null);
    }

    /** Whether this is a revised verdict of an article assigned before, without article or story. */
    public boolean isRevision() {
        return article == null;
    }
}
