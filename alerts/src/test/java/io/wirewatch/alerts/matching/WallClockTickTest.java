package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.Fixtures;
import io.wirewatch.alerts.payload.StoryMembers;
import io.wirewatch.events.Alert;
import io.wirewatch.events.JsonSerde;

/**
 * Kafka Streams commits a task after every wall-clock punctuation, useful or not: a punctuation must be scheduled
 * only while there is something to look at, or an idle alerts service commits a transaction every tick.
 */
class WallClockTickTest {

    private static final long T0 = Instant.parse("2024-03-04T05:30:00Z").toEpochMilli();

    @Test
    void scheduledOnceWhileNeededAndCancelledWhenNot() {
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        AtomicInteger fired = new AtomicInteger();
        WallClockTick tick = new WallClockTick(context, Duration.ofSeconds(1), now -> fired.incrementAndGet());

        tick.needed(false);
        assertThat(live(context)).isEmpty();
        tick.needed(true);
        tick.needed(true);
        assertThat(live(context)).hasSize(1);
        assertThat(live(context).get(0).getInterval()).isEqualTo(Duration.ofSeconds(1));
        live(context).get(0).getPunctuator().punctuate(T0);
        assertThat(fired).hasValue(1);
        tick.needed(false);
        assertThat(live(context)).isEmpty();
        tick.needed(true);
        assertThat(live(context)).hasSize(1);
        assertThat(context.scheduledPunctuators()).hasSize(2);
    }

    @Test
    void groupingTicksWhileAGroupIsDueAndStopsOnceItWaitsForNews() {
        MockProcessorContext<String, Alert> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(T0);
        context.setCurrentStreamTimeMs(T0);
        addStore(context, "groups", JsonSerde.of(Group.class));
        addStore(context, "members", JsonSerde.of(StoryMembers.class));
        AlertsConfig config = AlertsConfig.defaults().withGrouping(Duration.ofSeconds(30), Duration.ofMinutes(15), 3);
        GroupingProcessor grouping = new GroupingProcessor("groups", "members", config);
        grouping.init(context);
        assertThat(live(context)).as("no group: no tick").isEmpty();

        Alert candidate = Fixtures.alert("alert-1", "newsdesk");
        grouping.process(new Record<>("alert-1", candidate, T0));
        assertThat(live(context)).as("a group waits for groupWait: ticking").hasSize(1);

        context.setCurrentSystemTimeMs(T0 + 30_000);
        live(context).get(0).getPunctuator().punctuate(T0 + 30_000);
        assertThat(context.forwarded()).as("sent after groupWait").hasSize(1);
        assertThat(live(context)).as("open for an update after groupInterval: still ticking").hasSize(1);

        context.setCurrentSystemTimeMs(T0 + 30_000 + 15 * 60_000);
        live(context).get(0).getPunctuator().punctuate(context.currentSystemTimeMs());
        assertThat(context.forwarded()).as("nothing new: no update").hasSize(1);
        assertThat(live(context)).as("waits for a claim or a story change: no tick").isEmpty();

        String text = "\"Wir fahren einen Notfahrplan\", sagte eine Bahnsprecherin.";
        Alert.ClaimRef claim = new Alert.ClaimRef("c-bahn-2", text, "eine Bahnsprecherin", "sagte", List.of("streik"), List.of(), text);
        Alert second = new Alert(Alert.SCHEMA_VERSION, "alert-1", "newsdesk", candidate.storyId(), List.of("streik"), "c-bahn-2",
                "a-bahn-2", text, "eine Bahnsprecherin", candidate.createdAt(), null, null, List.of(claim), null, 0, null);
        grouping.process(new Record<>("alert-1", second, T0 + 60_000));
        assertThat(live(context)).as("a new claim: due again, ticking").hasSize(1);
    }

    private static <V> void addStore(MockProcessorContext<String, Alert> context, String name, JsonSerde<V> serde) {
        TimestampedKeyValueStore<String, V> store = Stores.timestampedKeyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(name), Serdes.String(), serde).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    private static List<CapturedPunctuator> live(MockProcessorContext<?, ?> context) {
        return context.scheduledPunctuators().stream()
                .filter(p -> p.getType() == PunctuationType.WALL_CLOCK_TIME && !p.cancelled()).toList();
    }
}
