package io.wirewatch.processor.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The stories one evidence key was seen in, newest last. Capped at {@value #MAX_STORIES}: a key in that
 * many stories (a stock phrase, a permanent office holder) is not distinctive and no longer counts.
 *
 * @param stories      the stories with the event time of the key's latest sighting in each
 * @param lastSeenMs   record time of the latest sighting, for eviction
 */
public record EvidencePostings(List<Posting> stories, long lastSeenMs) {

    static final int MAX_STORIES = 3;

    public EvidencePostings {
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** One story that showed the key, at the event time of its latest article showing it. */
    public record Posting(String storyId, long eventTimeMs) {
    }

    boolean distinctive() {
        return stories.size() < MAX_STORIES;
    }

    EvidencePostings seenIn(String storyId, long eventTimeMs, long recordTimeMs) {
        List<Posting> updated = new ArrayList<>(stories);
        updated.removeIf(p -> p.storyId().equals(storyId));
        updated.add(new Posting(storyId, eventTimeMs));
        // Keep the cap's worth of stories: enough to know the key is not distinctive.
        while (updated.size() > MAX_STORIES) {
            updated.remove(0);
        }
        return new EvidencePostings(updated, Math.max(lastSeenMs, recordTimeMs));
    }
}
