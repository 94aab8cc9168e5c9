package io.wirewatch.processor.story;

import java.util.Optional;

import io.wirewatch.events.Article;

/**
 * Extension point: finds the existing story of an article that is not a copy of anything (an
 * independent report of an event already covered). The foundation uses {@link #NONE}, so every original
 * starts its own story; a later implementation may compare entities, places and time.
 */
@FunctionalInterface
public interface StoryMatcher {

    /** Never matches: each original starts a new story. */
    StoryMatcher NONE = article -> Optional.empty();

    /** The id of the story the article belongs to, or empty to start a new one. */
    Optional<String> storyFor(Article article);
}
