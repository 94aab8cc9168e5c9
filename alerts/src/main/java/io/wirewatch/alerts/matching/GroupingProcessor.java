package io.wirewatch.alerts.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.payload.Lineage;
import io.wirewatch.alerts.payload.Member;
import io.wirewatch.alerts.payload.StoryMembers;
import io.wirewatch.events.Alert;

/**
 * One alert per (subscription, story), grouped as Alertmanager groups: the first notification
 * waits {@code groupWait} (wall-clock) after the story's first matching claim, so that copies and
 * claims arriving meanwhile fold into it; after it, at most one update per {@code groupInterval},
 * only when something is new (more outlets or articles, new claims), at most {@code maxUpdates}.
 *
 * <p>State ({@link Group} per alert id) is in a changelogged store, stamped with the event time of
 * the first claim: a restart loses nothing and sends nothing twice. A story alerts afresh only
 * after {@code dedupeRetention} of event time, and a claim older than that (stream time) is dropped,
 * as before grouping. A wall-clock punctuator sends what is due, so notifications go out without
 * waiting for further input; with {@code groupWait} 0 the first goes out at once. It looks only at
 * the groups a {@link DueIndex} says are due (an index by due time, rebuilt from the store when the
 * task opens), not at every group of the store: a group due with nothing new waits until a claim
 * or a new member of its story (signalled by {@link StoryProcessor}) may have brought news.
 */
final class GroupingProcessor implements Processor<String, Alert, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(GroupingProcessor.class);
    private static final Duration MAX_TICK = Duration.ofSeconds(1);

    private final String groupsStore;
    private final String membersStore;
    private final String publicUrl;
    private final long retentionMs;
    private final long groupWaitMs;
    private final long groupIntervalMs;
    private final int maxUpdates;
    private final java.util.Map<String, Integer> minOutlets = new java.util.HashMap<>();
    /** The open groups by due time; null for the simple reference form, which reads every group each tick. */
    private final DueIndex index;
    private ProcessorContext<String, Alert> context;
    /** Groups kept deserialised ({@link CachedStore}); 0 reads each from the store. */
    private final int cached;
    private CachedStore<Group> groups;
    /** Read only here: {@link StoryProcessor} writes it (and keeps its own cache of it). */
    private TimestampedKeyValueStore<String, StoryMembers> members;
    /** The punctuation that sends what is due, scheduled while some group has a due time. */
    private WallClockTick tick;

    GroupingProcessor(String groupsStore, String membersStore, AlertsConfig config) {
        this(groupsStore, membersStore, config, true, CachedStore.GROUPS);
    }

    /**
     * With {@code indexed} false, the punctuator reads every group of the store each tick, and with {@code cached}
     * 0 every group is read from the store: the reference forms for tests.
     */
    GroupingProcessor(String groupsStore, String membersStore, AlertsConfig config, boolean indexed, int cached) {
        this.index = indexed ? new DueIndex() : null;
        this.cached = cached;
        this.groupsStore = groupsStore;
        this.membersStore = membersStore;
        this.publicUrl = config.publicUrlBase();
        this.retentionMs = config.dedupeRetention().toMillis();
        this.groupWaitMs = config.groupWait().toMillis();
        this.groupIntervalMs = config.groupInterval().toMillis();
        this.maxUpdates = config.maxUpdates();
        config.subscriptions().forEach(s -> minOutlets.put(s.id(), s.minOutlets()));
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        TimestampedKeyValueStore<String, Group> store = context.getStateStore(groupsStore);
        this.groups = new CachedStore<>(store, cached);
        this.members = context.getStateStore(membersStore);
        context.schedule(Expiry.purgeInterval(Duration.ofMillis(retentionMs)), PunctuationType.STREAM_TIME,
                streamTime -> Expiry.purge(store, streamTime - retentionMs, this::forget));
        if (index != null) {
            // The store is restored when the task opens: the index is derived from it, never changelogged itself.
            index.clear();
            try (KeyValueIterator<String, ValueAndTimestamp<Group>> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, ValueAndTimestamp<Group>> entry = all.next();
                    track(entry.key, entry.value.value());
                }
            }
        }
        long tickMs = Math.max(10, Math.min(MAX_TICK.toMillis(), Math.min(Math.max(groupWaitMs, 1), groupIntervalMs) / 2));
        if (tick != null) {
            tick.needed(false); // a task reopened after a failure keeps its punctuations: drop the earlier one
        }
        this.tick = new WallClockTick(context, Duration.ofMillis(tickMs), now -> {
            sendDue(now);
            tickWhileDue();
        });
        tickWhileDue();
    }

    /** The reference form reads every group each tick, so it always ticks. */
    private void tickWhileDue() {
        tick.needed(index == null || index.anyScheduled());
    }

    @Override
    public void process(Record<String, Alert> record) {
        group(record);
        tickWhileDue();
    }

    /** A candidate alert into its group (sent at once with {@code groupWait} 0), or a story's signal of a new member. */
    private void group(Record<String, Alert> record) {
        String alertId = record.key();
        Alert candidate = record.value();
        long time = record.timestamp();
        if (alertId == null) {
            return;
        }
        if (candidate == null) {
            // StoryProcessor's signal that the story with this id has a new member: its idle groups may have news.
            if (index != null) {
                index.storyChanged(alertId);
            }
            return;
        }
        // Older than anything the store still remembers: it may have been purged, so alerting could repeat.
        if (time < context.currentStreamTimeMs() - retentionMs) {
            LOG.debug("dropping late claim for alert {} at {}: older than the dedupe retention", alertId, time);
            return;
        }
        long now = context.currentSystemTimeMs();
        ValueAndTimestamp<Group> known = groups.get(alertId);
        if (known == null || time - known.timestamp() >= retentionMs) {
            Group group = Group.waiting(candidate, now + groupWaitMs);
            if (groupWaitMs == 0 && enoughOutlets(group)) {
                group = send(alertId, group, time, now);
            }
            store(alertId, group, time);
            return;
        }
        Group group = known.value();
        if (group.sent() > maxUpdates) {
            return; // every update used
        }
        Group updated = group;
        for (Alert.ClaimRef claim : candidate.claims()) {
            updated = updated.with(claim);
        }
        if (updated != group) {
            store(alertId, updated, known.timestamp());
        }
    }

    /** Sends every notification that is due: first ones after groupWait, updates with news after groupInterval. */
    private void sendDue(long now) {
        for (String alertId : due(now)) {
            ValueAndTimestamp<Group> entry = groups.get(alertId);
            if (entry == null || entry.value().sent() > maxUpdates) {
                continue; // purged, or every update used
            }
            Group group = entry.value();
            if (group.dueMs() > now) {
                track(alertId, group);
                continue;
            }
            boolean ready = group.sent() == 0 ? enoughOutlets(group) : hasNews(group);
            if (ready) {
                store(alertId, send(alertId, group, entry.timestamp(), now), entry.timestamp());
            } else if (index != null) {
                index.idle(alertId, group.draft().storyId());
            }
        }
    }

    /** The alert ids of the groups that may be due: from the index, or (reference form) every due group of the store. */
    private List<String> due(long now) {
        if (index != null) {
            return index.due(now);
        }
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Group>> all = groups.store().all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<Group>> entry = all.next();
                Group group = entry.value.value();
                if (group.dueMs() <= now && group.sent() <= maxUpdates) {
                    due.add(entry.key);
                }
            }
        }
        return due;
    }

    private void store(String alertId, Group group, long eventTime) {
        groups.put(alertId, ValueAndTimestamp.make(group, eventTime));
        track(alertId, group);
    }

    private void track(String alertId, Group group) {
        if (index != null) {
            index.track(alertId, group.dueMs(), group.sent() <= maxUpdates);
        }
    }

    private void forget(String alertId) {
        groups.evict(alertId);
        if (index != null) {
            index.forget(alertId);
        }
    }

    /** The subscription's {@code minOutlets}: the first notification waits until the story has that many. */
    private boolean enoughOutlets(Group group) {
        int wanted = minOutlets.getOrDefault(group.draft().subscriptionId(), 1);
        return wanted <= 1 || outlets(story(group.draft().storyId())) >= wanted;
    }

    private boolean hasNews(Group group) {
        StoryMembers story = story(group.draft().storyId());
        return !group.pending().isEmpty() || story.members().size() > group.sentArticles()
                || outlets(story) > group.sentOutlets();
    }

    /** Sends the group's next notification and returns the group after it. */
    private Group send(String alertId, Group group, long eventTime, long now) {
        StoryMembers story = story(group.draft().storyId());
        int articles = story.members().size();
        int outlets = outlets(story);
        Alert draft = group.draft();
        Member trigger = story.find(draft.articleId());
        Alert.StoryRef storyRef = Lineage.story(draft.storyId(), story);
        String changes = group.sent() == 0 ? null : changes(group, articles, outlets);
        Alert alert = new Alert(Alert.SCHEMA_VERSION, draft.id(), draft.subscriptionId(), draft.storyId(), draft.rules(),
                draft.claimId(), draft.articleId(), draft.text(), draft.speaker(), draft.createdAt(),
                trigger == null ? null : trigger.article(), storyRef, group.pending(),
                publicUrl == null ? null : publicUrl + "/stories/" + draft.storyId(), group.sent(), changes);
        context.forward(new Record<>(alertId, alert, Math.max(eventTime, context.currentStreamTimeMs())));
        return group.notified(now + groupIntervalMs, articles, outlets);
    }

    /** "+3 outlets, +4 articles, 2 new claims": what is new since the last notification. */
    private static String changes(Group group, int articles, int outlets) {
        List<String> parts = new ArrayList<>();
        if (outlets > group.sentOutlets()) {
            int more = outlets - group.sentOutlets();
            parts.add("+" + more + (more == 1 ? " outlet" : " outlets"));
        }
        if (articles > group.sentArticles()) {
            int more = articles - group.sentArticles();
            parts.add("+" + more + (more == 1 ? " article" : " articles"));
        }
        if (!group.pending().isEmpty()) {
            int more = group.pending().size();
            parts.add(more + (more == 1 ? " new claim" : " new claims"));
        }
        return String.join(", ", parts);
    }

    private StoryMembers story(String storyId) {
        ValueAndTimestamp<StoryMembers> known = members.get(storyId);
        return known == null ? StoryMembers.empty() : known.value();
    }

    private static int outlets(StoryMembers story) {
        return (int) story.members().stream().map(member -> member.article().outlet()).distinct().count();
    }
}
