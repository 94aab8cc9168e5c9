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
 * Sightings stored by earlier builds hold copy-group root ids, which read as other stories until they
 * leave the window.
 *
 * @param stories    ids of the stories, at most {@value #BOILERPLATE_STORIES}
 * @param lastSeenMs record time of the latest sighting, for eviction
 */
public record LineSightings(List<String> stories, long lastSeenMs) {

    static final int BOILERPLATE_STORIES = 2;

    public LineSightings {
        stories = stories == null ? List.of() : List.copyOf(stories);
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
