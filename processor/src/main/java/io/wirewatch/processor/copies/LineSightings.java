package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.List;

/**
 * The copy groups a normalised line was seen in. A line seen in {@value #BOILERPLATE_GROUPS} different
 * copy groups is boilerplate (a publisher's footer, a newsletter plug, a standard disclaimer): it is left
 * out of shingling, so that sharing it never makes two articles copies.
 *
 * @param groups     root article ids of the copy groups, at most {@value #BOILERPLATE_GROUPS}
 * @param lastSeenMs record time of the latest sighting, for eviction
 */
public record LineSightings(List<String> groups, long lastSeenMs) {

    static final int BOILERPLATE_GROUPS = 2;

    public LineSightings {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    boolean boilerplate() {
        return groups.size() >= BOILERPLATE_GROUPS;
    }

    LineSightings seenIn(String group, long seenAtMs) {
        List<String> updated = new ArrayList<>(groups);
        if (!updated.contains(group) && updated.size() < BOILERPLATE_GROUPS) {
            updated.add(group);
        }
        return new LineSightings(updated, Math.max(lastSeenMs, seenAtMs));
    }
}
