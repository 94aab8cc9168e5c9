package io.wirewatch.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * Kafka Streams commits a task after every wall-clock punctuation, useful or not: the buffer's check must run only
 * while it holds articles, or an idle processor commits a transaction every tick.
 */
class ReorderBufferTickTest {

    private static final long T0 = Instant.parse("2026-03-03T08:00:00Z").toEpochMilli();

    @Test
    void theWallClockCheckRunsOnlyWhileArticlesAreHeld() {
        MockProcessorContext<String, String> context = context();
        ReorderBuffer<String> buffer = new ReorderBuffer<>(Duration.ofMinutes(2), ReorderBuffer.IDLE_FLUSH, v -> v);
        buffer.init(context);
        assertThat(live(context)).as("nothing held: no check").isEmpty();

        process(buffer, context, "a1", T0);
        assertThat(live(context)).as("an article held: checked every tick").hasSize(1);
        process(buffer, context, "a2", T0 + 1_000);
        assertThat(live(context)).as("one check, however many are held").hasSize(1);

        context.setCurrentSystemTimeMs(context.currentSystemTimeMs() + ReorderBuffer.IDLE_FLUSH.toMillis());
        live(context).get(0).getPunctuator().punctuate(context.currentSystemTimeMs());
        assertThat(forwardedValues(context)).containsExactly("a1", "a2");
        assertThat(live(context)).as("all released by the idle flush: the check stops").isEmpty();

        process(buffer, context, "a3", T0 + 2_000);
        assertThat(live(context)).as("held again: checked again").hasSize(1);
    }

    @Test
    void aTaskReopenedWithArticlesHeldKeepsOneCheck() {
        MockProcessorContext<String, String> context = context();
        ReorderBuffer<String> buffer = new ReorderBuffer<>(Duration.ofMinutes(2), ReorderBuffer.IDLE_FLUSH, v -> v);
        buffer.init(context);
        process(buffer, context, "a1", T0);

        buffer.init(context); // Kafka Streams reopens a failed task's processors, punctuations and all
        assertThat(live(context)).as("the earlier check dropped, one scheduled afresh").hasSize(1);
        context.setCurrentSystemTimeMs(context.currentSystemTimeMs() + ReorderBuffer.IDLE_FLUSH.toMillis());
        live(context).get(0).getPunctuator().punctuate(context.currentSystemTimeMs());
        assertThat(forwardedValues(context)).containsExactly("a1");
    }

    @Test
    void aBufferWithoutGraceNeverSchedulesTheCheck() {
        MockProcessorContext<String, String> context = context();
        ReorderBuffer<String> buffer = new ReorderBuffer<>(Duration.ZERO, ReorderBuffer.IDLE_FLUSH, v -> v);
        buffer.init(context);
        for (int i = 0; i < 5; i++) {
            process(buffer, context, "a" + i, T0 + i);
        }
        assertThat(context.forwarded()).hasSize(5);
        assertThat(context.scheduledPunctuators()).isEmpty();
    }

    @Test
    void articlesRestoredIntoTheStoreAreCheckedWhenTheTaskOpens() {
        MockProcessorContext<String, String> context = context();
        KeyValueStore<String, String> store = context.getStateStore(ReorderBuffer.STORE);
        store.put(OrderKey.of(T0, "restored"), "restored");
        ReorderBuffer<String> buffer = new ReorderBuffer<>(Duration.ofMinutes(2), ReorderBuffer.IDLE_FLUSH, v -> v);
        buffer.init(context);

        assertThat(live(context)).hasSize(1);
        context.setCurrentSystemTimeMs(context.currentSystemTimeMs() + ReorderBuffer.IDLE_FLUSH.toMillis());
        live(context).get(0).getPunctuator().punctuate(context.currentSystemTimeMs());
        assertThat(forwardedValues(context)).containsExactly("restored");
    }

    /** As Kafka Streams does: stream time is the largest record time seen. */
    private static void process(ReorderBuffer<String> buffer, MockProcessorContext<String, String> context, String id, long time) {
        context.setCurrentStreamTimeMs(Math.max(time, context.currentStreamTimeMs()));
        buffer.process(new Record<>(id, id, time));
    }

    private static List<String> forwardedValues(MockProcessorContext<String, String> context) {
        return context.forwarded().stream().map(f -> (String) f.record().value()).toList();
    }

    private static List<CapturedPunctuator> live(MockProcessorContext<String, String> context) {
        return context.scheduledPunctuators().stream().filter(p -> !p.cancelled()).toList();
    }

    private static MockProcessorContext<String, String> context() {
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(T0);
        context.setCurrentStreamTimeMs(0);
        KeyValueStore<String, String> store = ReorderBuffer.storeBuilder(Serdes.String()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return context;
    }
}
