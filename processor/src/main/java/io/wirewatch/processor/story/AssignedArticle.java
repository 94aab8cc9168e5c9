package io.wirewatch.processor.story;

import io.wirewatch.events.Article;
import io.wirewatch.events.Story;
import io.wirewatch.events.StoryAssignment;

/**
 * An article with its verdict and the story as it stands after the article joined; passed between the
 * processors of one sub-topology, never serialised.
 */
public record AssignedArticle(Article article, StoryAssignment assignment, Story story) {
}
