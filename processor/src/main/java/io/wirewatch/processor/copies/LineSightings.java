package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.List;

/**
 * The stories a normalised line was seen in. A line seen in {@value #BOILERPLATE_STORIES} different stories
 * is boilerplate (a publisher's footer, a newsletter plug, a standard disclaimer, an agency's stock
 * background paragraph): it is left out of shingling, so that sharing it never makes two articles copies.
 *
 * <p>Stories, not copy groups: two copy groups of one story (a copy with a new lead and a cut copy, which
 * share the text's middle; groups that a later article joins) share their text's lines, and counting them
 * as two sightings made those lines boilerplate, so that a teaser made of one such line matched nothing.
 * Sightings stored by earlier builds hold copy-group root ids ({@code byGroup}); {@link #inStories} reads
 * them as the stories of those groups, so that a text live across an upgrade is not taken for boilerplate.
 *
 * @param stories    ids of the stories, at most {@value #BOILERPLATE_STORIES}
 * @param lastSeenMs record time of the latest sighting, for eviction
 * @param byGroup    the ids are copy-group root article ids (stored by an earlier build), not story ids
 */
public record LineSightings(List<String> stories, long lastSeenMs, boolean byGroup) {

    static final int BOILERPLATE_STORIES = 2;

    public LineSightings {
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    public LineSightings(List<String> stories, long lastSeenMs) {
        this(stories, lastSeenMs, false);
    }

    /** These sightings by story: ids of an earlier build's copy groups mapped by {@code storyOfGroup} (null: unknown, kept). */
    LineSightings inStories(java.util.function.UnaryOperator<String> storyOfGroup) {
        if (!byGroup) {
            return this;
        }
        List<String> mapped = new ArrayList<>();
        for (String group : stories) {
            String story = storyOfGroup.apply(group);
            String id = story == null ? group : story;
            if (!mapped.contains(id)) {
                mapped.add(id);
            }
        }
        return new LineSightings(mapped, lastSeenMs, false);
    }

    boolean boilerplate() {
        return stories.size() >= BOILERPLATE_STORIES;
    }

    LineSightings seenIn(String storyId, long seenAtMs) {
        List<String> updated = new ArrayList<>(stories);
        if (!updated.contains(storyId) && updated.size() < BOILERPLATE_STORIES) {
            updated.add(storyId);
        }
        return new LineSightings(updated, Math.max(lastSeenMs, seenAtMs));
    }
}
