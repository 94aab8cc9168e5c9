package io.wirewatch.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

class ReorderBufferReleaseTest {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    /** A busy stream's grace released at once took longer than a transaction may: one call releases a bounded share, ticks drain the rest. */
    @Test
    void idleFlushReleasesABoundedShareEachTickInOrderUntilNothingIsHeld() {
        int held = 2 * ReorderBuffer.MAX_RELEASE + 500;
        List<Integer> seconds = new ArrayList<>();
        for (int i = 0; i < held; i++) {
            seconds.add(i);
        }
        Collections.shuffle(seconds, new Random(7));
        try (TopologyTestDriver driver = driver(Duration.ofHours(2))) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.String().deserializer());
            for (int s : seconds) {
                in.pipeInput(id(s), id(s), T0.plusSeconds(s));
            }
            assertThat(out.isEmpty()).as("all within the grace: held").isTrue();

            List<Integer> sizes = new ArrayList<>();
            List<String> released = new ArrayList<>();
            driver.advanceWallClockTime(ReorderBuffer.IDLE_FLUSH);
            for (int tick = 0; tick < 5; tick++) {
                List<String> batch = out.readValuesToList();
                sizes.add(batch.size());
                released.addAll(batch);
                driver.advanceWallClockTime(ReorderBuffer.RELEASE_TICK);
            }

            assertThat(sizes).containsExactly(ReorderBuffer.MAX_RELEASE, ReorderBuffer.MAX_RELEASE, 500, 0, 0);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < held; i++) {
                expected.add(id(i));
            }
            assertThat(released).containsExactlyElementsOf(expected);
        }
    }

    private static String id(int second) {
        return String.format("a%05d", second);
    }

    private static TopologyTestDriver driver(Duration grace) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(ReorderBuffer.storeBuilder(Serdes.String()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> new ReorderBuffer<String>(grace, ReorderBuffer.IDLE_FLUSH, v -> v), Named.as("reorder-buffer"), ReorderBuffer.STORE)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reorder-release-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
        return new TopologyTestDriver(builder.build(), props, T0);
    }
}
