package io.wirewatch.alerts.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.wirewatch.events.Alert;

/**
 * What a subscription's digest holds, as the digest store keeps it.
 *
 * @param fromMs      start of the window: when the previous digest was due, else when the first item came
 * @param dueMs       wall-clock time the digest goes out; -1 while nothing is held
 * @param quietHours  true when quiet hours pushed the digest back
 * @param timestamp   latest event time of the held notifications (the digest record's timestamp)
 * @param items       one notification per story, in order of arrival
 * @param moreStories stories first notified in the window that did not fit
 */
record Held(long fromMs, long dueMs, boolean quietHours, long timestamp, List<Alert> items, int moreStories) {

    /** Stories a digest lists; further first notifications are only counted, so that a digest stays well below a record's size limit. */
    static final int MAX_STORIES = 50;
    /** Claims an item lists per story. */
    static final int MAX_CLAIMS = 10;

    Held {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Nothing held; the previous digest (or the start) was at {@code fromMs}. */
    static Held empty(long fromMs) {
        return new Held(fromMs, -1, false, Long.MIN_VALUE, List.of(), 0);
    }

    boolean holding() {
        return !items.isEmpty() || moreStories > 0;
    }

    /** With the notification added: merged into its story's item, else a new item (or counted, when full). */
    Held with(Alert notification, long eventTime) {
        List<Alert> more = new ArrayList<>(items);
        int extra = moreStories;
        int at = indexOf(notification.storyId());
        if (at >= 0) {
            more.set(at, merge(more.get(at), notification));
        } else if (more.size() < MAX_STORIES) {
            more.add(item(notification, notification.claims()));
        } else if (notification.sequence() == 0) {
            extra++;
        }
        return new Held(fromMs, dueMs, quietHours, Math.max(timestamp, eventTime), more, extra);
    }

    /** Due at {@code dueMs}, as of the first held notification. */
    Held due(long dueMs, boolean quietHours) {
        return new Held(fromMs, dueMs, quietHours, timestamp, items, moreStories);
    }

    private int indexOf(String storyId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).storyId().equals(storyId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A later notification of a listed story: its latest article and story size, every claim of both;
     * the sequence of the earlier one, so that a story first alerted in the window shows as new.
     */
    private static Alert merge(Alert earlier, Alert later) {
        Set<String> ids = new LinkedHashSet<>();
        List<Alert.ClaimRef> claims = new ArrayList<>();
        for (Alert.ClaimRef claim : concat(earlier.claims(), later.claims())) {
            if (ids.add(claim.id())) {
                claims.add(claim);
            }
        }
        Alert merged = item(later, claims);
        return merged.asUpdate(earlier.sequence(), earlier.sequence() == 0 ? null : later.changes());
    }

    /** The notification as a digest item: at most {@link #MAX_CLAIMS} claims, lineage as text only. */
    private static Alert item(Alert notification, List<Alert.ClaimRef> claims) {
        Alert.StoryRef story = notification.story() == null ? null : new Alert.StoryRef(notification.story().id(),
                notification.story().headline(), notification.story().articles(), notification.story().independentOutlets(),
                notification.story().firstOutlet(), List.of(), notification.story().lineageText());
        return new Alert(notification.schemaVersion(), notification.id(), notification.subscriptionId(), notification.storyId(),
                notification.rules(), notification.claimId(), notification.articleId(), notification.text(),
                notification.speaker(), notification.createdAt(), notification.article(), story,
                claims.subList(0, Math.min(MAX_CLAIMS, claims.size())), notification.storyUrl(),
                notification.sequence(), notification.changes());
    }

    private static List<Alert.ClaimRef> concat(List<Alert.ClaimRef> a, List<Alert.ClaimRef> b) {
        List<Alert.ClaimRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
