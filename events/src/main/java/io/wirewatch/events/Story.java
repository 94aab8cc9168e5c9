package io.wirewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The current state of a story on {@code news.stories.v2}, keyed by story id; every new member
 * publishes the story again (the topic is compacted, the latest record wins).
 *
 * <p>The record lists only the {@value #MAX_LISTED_ARTICLES} newest members: a story that keeps growing
 * for days would otherwise be copied and republished whole for each new member (time quadratic in its
 * size) and approach the broker's message size limit. {@code articleCount} counts all of them.
 *
 * @param schemaVersion contract version ({@link #SCHEMA_VERSION})
 * @param id            story id (derived from the first article's id)
 * @param title         headline of the first article
 * @param articleIds    the newest members, at most {@value #MAX_LISTED_ARTICLES}, in order of arrival
 * @param articleCount  number of members, listed or not (at least the list's size: state stored by earlier
 *                      builds lists every member and has no count)
 * @param sources       distinct source ids of the members
 * @param firstSeen     event time of the first member
 * @param lastSeen      event time of the newest member
 */
public record Story(
        int schemaVersion,
        String id,
        String title,
        List<String> articleIds,
        int articleCount,
        List<String> sources,
        Instant firstSeen,
        Instant lastSeen) {

    public static final int SCHEMA_VERSION = 1;
    /** Members listed in a record ({@link ListedArticles}). */
    public static final int MAX_LISTED_ARTICLES = ListedArticles.MAX;

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        articleCount = Math.max(articleCount, articleIds.size());
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
