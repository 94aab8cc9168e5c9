package io.wirewatch.alerts.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The task's open groups in memory, by the wall-clock time they are next due, so that the punctuator
 * looks only at what is due instead of reading every group of the store each tick. A group that was
 * due with nothing to send waits under its story until a new claim or a new member of the story makes
 * it due again. Rebuilt from the store whenever the task opens (restart, move, rolled-back
 * transaction), so it never needs a changelog of its own; about 200 bytes of heap per open group.
 */
final class DueIndex {

    private record Due(long dueMs, String alertId) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = Long.compare(dueMs, other.dueMs);
            return byTime != 0 ? byTime : alertId.compareTo(other.alertId);
        }
    }

    private final TreeSet<Due> byDue = new TreeSet<>();
    private final Map<String, Long> dueOf = new HashMap<>();
    private final Map<String, Set<String>> idleByStory = new HashMap<>();
    private final Map<String, String> idleStoryOf = new HashMap<>();

    /** Forgets everything: the task (re)opens and tracks the groups of its restored store again. */
    void clear() {
        byDue.clear();
        dueOf.clear();
        idleByStory.clear();
        idleStoryOf.clear();
    }

    /** After a group was stored: due again at {@code dueMs}, or closed (every update used) when {@code open} is false. */
    void track(String alertId, long dueMs, boolean open) {
        forget(alertId);
        if (open) {
            byDue.add(new Due(dueMs, alertId));
            dueOf.put(alertId, dueMs);
        }
    }

    /** The group was due with nothing to send: only a new claim ({@link #track}) or a change of its story makes it due again. */
    void idle(String alertId, String storyId) {
        forget(alertId);
        idleStoryOf.put(alertId, storyId);
        idleByStory.computeIfAbsent(storyId, story -> new HashSet<>()).add(alertId);
    }

    /** The story's members changed: its idle groups are due again. */
    void storyChanged(String storyId) {
        Set<String> idle = idleByStory.remove(storyId);
        if (idle != null) {
            for (String alertId : idle) {
                idleStoryOf.remove(alertId);
                byDue.add(new Due(Long.MIN_VALUE, alertId));
                dueOf.put(alertId, Long.MIN_VALUE);
            }
        }
    }

    /** The group is gone from the store (purged), or about to be tracked anew. */
    void forget(String alertId) {
        Long due = dueOf.remove(alertId);
        if (due != null) {
            byDue.remove(new Due(due, alertId));
        }
        String story = idleStoryOf.remove(alertId);
        if (story != null) {
            Set<String> idle = idleByStory.get(story);
            idle.remove(alertId);
            if (idle.isEmpty()) {
                idleByStory.remove(story);
            }
        }
    }

    /** Whether some group has a due time: idle and closed groups need no look until a claim or a story change. */
    boolean anyScheduled() {
        return !byDue.isEmpty();
    }

    /** The alert ids of the groups to look at, at wall-clock {@code now}, taken out of the index: each is then tracked or idled again. */
    List<String> due(long now) {
        List<String> due = new ArrayList<>();
        while (!byDue.isEmpty() && byDue.first().dueMs() <= now) {
            Due first = byDue.pollFirst();
            dueOf.remove(first.alertId());
            due.add(first.alertId());
        }
        return due;
    }
}
