package io.wirewatch.alerts.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Alert;
import io.wirewatch.events.JsonSerde;

/** The digest's wall-clock check runs while some subscription holds notifications, not for ever (a commit per tick). */
class DigestTickTest {

    private static final Instant MORNING = Instant.parse("2024-03-04T05:30:00Z");

    @Test
    void ticksWhileADigestIsHeldAndStopsOnceItIsSent() {
        MockProcessorContext<String, Alert> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(MORNING.toEpochMilli());
        context.setCurrentStreamTimeMs(MORNING.toEpochMilli());
        KeyValueStore<String, Held> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("digests"), Serdes.String(),
                JsonSerde.of(Held.class)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        DeliverySchedule hourly = DeliverySchedule.parse("subscriptions[0]", DeliverySchedule.HOURLY, null, "UTC", null);
        DigestProcessor digests = new DigestProcessor("digests", Map.of("newsdesk", hourly), null);
        digests.init(context);
        assertThat(live(context)).as("nothing held: no tick").isEmpty();

        digests.process(new Record<>("newsdesk", Fixtures.alert("alert-1", "newsdesk"), MORNING.toEpochMilli()));
        assertThat(context.forwarded()).as("held for the hour's digest").isEmpty();
        assertThat(live(context)).as("held: ticking").hasSize(1);

        long due = Instant.parse("2024-03-04T06:00:00Z").toEpochMilli();
        context.setCurrentSystemTimeMs(due);
        live(context).get(0).getPunctuator().punctuate(due);
        assertThat(context.forwarded()).as("the digest, due at the full hour").hasSize(1);
        assertThat(live(context)).as("nothing held any more: no tick").isEmpty();
    }

    private static List<CapturedPunctuator> live(MockProcessorContext<?, ?> context) {
        return context.scheduledPunctuators().stream()
                .filter(p -> p.getType() == PunctuationType.WALL_CLOCK_TIME && !p.cancelled()).toList();
    }
}
