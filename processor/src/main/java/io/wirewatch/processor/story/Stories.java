package io.wirewatch.processor.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.events.ListedArticles;
import io.wirewatch.events.Story;

/** Creating and growing {@link Story} values; pure functions, the caller stores the result. */
public final class Stories {

    private Stories() {
    }

    /** The id of the story that an original article starts. */
    public static String idFor(String originalArticleId) {
        return Ids.hash("story", originalArticleId);
    }

    public static Story start(String storyId, Article first, Instant eventTime) {
        return new Story(Story.SCHEMA_VERSION, storyId, first.title(), List.of(first.id()), 1,
                List.of(sourceOf(first)), eventTime, eventTime);
    }

    /**
     * The story with a new member added and counted, and its source counted once; only the
     * {@value Story#MAX_LISTED_ARTICLES} newest members stay listed. First and last seen follow the members'
     * event times, whatever order they arrive in.
     *
     * @param newMember false for a new version of a member: its event time counts, the member is not counted
     *                  again
     */
    public static Story join(Story story, Article article, Instant eventTime, boolean newMember) {
        List<String> listed = story.articleIds();
        int count = story.articleCount();
        if (newMember && !listed.contains(article.id())) {
            listed = ListedArticles.withNewest(listed, article.id());
            count++;
        }
        List<String> sources = story.sources();
        String source = sourceOf(article);
        if (!sources.contains(source)) {
            sources = new ArrayList<>(sources);
            sources.add(source);
        }
        Instant firstSeen = story.firstSeen() == null || eventTime.isBefore(story.firstSeen()) ? eventTime : story.firstSeen();
        Instant lastSeen = story.lastSeen() == null || eventTime.isAfter(story.lastSeen()) ? eventTime : story.lastSeen();
        return new Story(Story.SCHEMA_VERSION, story.id(), story.title(), listed, count, sources, firstSeen, lastSeen);
    }

    /** An article's source id, {@code "unknown"} when it has none: how stories and claims name a missing one. */
    public static String sourceOf(Article article) {
        return article.sourceId() == null ? "unknown" : article.sourceId();
    }
}
