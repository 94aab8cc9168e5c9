package io.wirewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The current state of a story on {@code news.stories.v1}, keyed by story id; every new member
 * publishes the whole story again (the topic is compacted, the latest record wins).
 *
 * @param schemaVersion contract version ({@link #SCHEMA_VERSION})
 * @param id            story id (derived from the first article's id)
 * @param title         headline of the first article
 * @param articleIds    members in order of arrival
 * @param sources       distinct source ids of the members
 * @param firstSeen     event time of the first member
 * @param lastSeen      event time of the newest member
 */
public record Story(
        int schemaVersion,
        String id,
        String title,
        List<String> articleIds,
        List<String> sources,
        Instant firstSeen,
        Instant lastSeen) {

    public static final int SCHEMA_VERSION = 1;

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
