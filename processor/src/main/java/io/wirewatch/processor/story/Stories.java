package io.wirewatch.processor.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
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
        return new Story(Story.SCHEMA_VERSION, storyId, first.title(), List.of(first.id()),
                List.of(first.sourceId() == null ? "unknown" : first.sourceId()), eventTime, eventTime);
    }

    /**
     * The story with the article added (once) and its source counted (once). First and last seen follow
     * the members' event times, whatever order they arrive in.
     */
    public static Story join(Story story, Article article, Instant eventTime) {
        List<String> members = new ArrayList<>(story.articleIds());
        if (!members.contains(article.id())) {
            members.add(article.id());
        }
        List<String> sources = new ArrayList<>(story.sources());
        String source = article.sourceId() == null ? "unknown" : article.sourceId();
        if (!sources.contains(source)) {
            sources.add(source);
        }
        Instant firstSeen = story.firstSeen() == null || eventTime.isBefore(story.firstSeen()) ? eventTime : story.firstSeen();
        Instant lastSeen = story.lastSeen() == null || eventTime.isAfter(story.lastSeen()) ? eventTime : story.lastSeen();
        return new Story(Story.SCHEMA_VERSION, story.id(), story.title(), members, sources, firstSeen, lastSeen);
    }
}
