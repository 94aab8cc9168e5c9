package io.wirewatch.alerts.matching;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import io.wirewatch.alerts.payload.Lineage;
import io.wirewatch.alerts.payload.Member;
import io.wirewatch.alerts.payload.StoryMembers;
import io.wirewatch.events.Alert;

/**
 * Completes an alert that will be sent: the triggering article, the story with its lineage as the
 * story's task knows it now, and the dashboard link. Runs after de-duplication, so only alerts
 * that go out pay for it.
 */
final class PayloadProcessor implements Processor<String, Alert, String, Alert> {

    private final String membersStore;
    private final String publicUrl;
    private ProcessorContext<String, Alert> context;
    private TimestampedKeyValueStore<String, StoryMembers> members;

    /** @param publicUrl the dashboard's base URL without a trailing slash, or null */
    PayloadProcessor(String membersStore, String publicUrl) {
        this.membersStore = membersStore;
        this.publicUrl = publicUrl;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.members = context.getStateStore(membersStore);
    }

    @Override
    public void process(Record<String, Alert> record) {
        Alert alert = record.value();
        if (alert == null) {
            return;
        }
        ValueAndTimestamp<StoryMembers> known = members.get(alert.storyId());
        StoryMembers story = known == null ? StoryMembers.empty() : known.value();
        Member trigger = story.find(alert.articleId());
        Alert complete = new Alert(Alert.SCHEMA_VERSION, alert.id(), alert.subscriptionId(), alert.storyId(),
                alert.rules(), alert.claimId(), alert.articleId(), alert.text(), alert.speaker(), alert.createdAt(),
                trigger == null ? null : trigger.article(),
                Lineage.story(alert.storyId(), story),
                alert.claims(),
                publicUrl == null ? null : publicUrl + "/stories/" + alert.storyId());
        context.forward(record.withValue(complete));
    }
}
