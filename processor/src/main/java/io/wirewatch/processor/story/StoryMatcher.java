package io.wirewatch.processor.story;

import java.util.List;
import java.util.Optional;

import io.wirewatch.events.Article;

/**
 * Finds the existing story of an article that is not a copy of anything (an independent report of an
 * event already covered), and learns from every assigned article. Called only from the single
 * copy-detection task, in its deterministic order; an implementation keeps its state in state stores.
 */
public interface StoryMatcher {

    /** Never matches: each original starts a new story. */
    StoryMatcher NONE = (article, evidence, event, eventTimeMs) -> Optional.empty();

    /**
     * The id of the story the article belongs to, or empty to start a new one.
     *
     * @param evidence the article's retrieval keys ({@link EventKeys#retrievalKeys}), extracted before the ordered partition
     * @param event    the article's event keys, extracted there too
     */
    Optional<String> storyFor(Article article, List<String> evidence, EventKeys event, long eventTimeMs);

    /** The article (an original or a match; a copy tells nothing new) now belongs to the story. */
    default void assigned(Article article, List<String> evidence, EventKeys event, String storyId, long eventTimeMs, long recordTimeMs) {
    }

    /** Forget what was learnt from articles that arrived before the cutoff (record time). */
    default void evictBefore(long recordTimeCutoffMs) {
    }
}
