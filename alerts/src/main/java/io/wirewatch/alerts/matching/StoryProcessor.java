package io.wirewatch.alerts.matching;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import io.wirewatch.alerts.payload.Member;
import io.wirewatch.alerts.payload.StoryMembers;
import io.wirewatch.events.Alert;

/**
 * A story's task: keeps the story's member articles (for the alert payload) and turns each claim
 * of the story into candidate alerts keyed by alert id, one per subscription it concerns. Members
 * are kept for {@code retention} of stream time after the story last changed. A new member is
 * forwarded as a record keyed by story id without an alert, so that grouping looks again at the
 * story's groups that wait for news.
 */
final class StoryProcessor implements Processor<String, StoryEvent, String, Alert> {

    private final SubscriptionMatcher matcher;
    private final String membersStore;
    private final Duration retention;
    private final int cached;
    private ProcessorContext<String, Alert> context;
    private CachedStore<StoryMembers> members;

    /** @param cached story member lists kept deserialised ({@link CachedStore}); 0 reads each from the store */
    StoryProcessor(SubscriptionMatcher matcher, String membersStore, Duration retention, int cached) {
        this.matcher = matcher;
        this.membersStore = membersStore;
        this.retention = retention;
        this.cached = cached;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        TimestampedKeyValueStore<String, StoryMembers> store = context.getStateStore(membersStore);
        this.members = new CachedStore<>(store, cached);
        context.schedule(Expiry.purgeInterval(retention), PunctuationType.STREAM_TIME,
                streamTime -> Expiry.purge(store, streamTime - retention.toMillis(), members::evict));
    }

    @Override
    public void process(Record<String, StoryEvent> record) {
        StoryEvent event = record.value();
        if (record.key() == null || event == null) {
            return;
        }
        if (event.member() != null) {
            ValueAndTimestamp<StoryMembers> known = members.get(record.key());
            StoryMembers story = known == null ? StoryMembers.empty() : known.value();
            members.put(record.key(), ValueAndTimestamp.make(story.with(event.member()),
                    Math.max(record.timestamp(), known == null ? Long.MIN_VALUE : known.timestamp())));
            // Tells the grouping processor that the story changed (key = story id, no alert): groups waiting for news look again.
            context.forward(record.withKey(record.key()).withValue((Alert) null));
        }
        if (event.claim() != null) {
            ValueAndTimestamp<StoryMembers> known = members.get(record.key());
            StoryMembers story = known == null ? StoryMembers.empty() : known.value();
            for (Alert alert : matcher.match(event.claim(), Instant.ofEpochMilli(record.timestamp()), articleId -> {
                Member member = story.find(articleId);
                return member == null ? null : member.article().sourceId();
            })) {
                context.forward(record.withKey(alert.id()).withValue(alert));
            }
        }
    }
}
