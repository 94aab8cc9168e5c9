package io.wirewatch.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.ProgressMark;

/** The buffer when it knows the input's partitions: records name theirs in {@link SourceProgress#HEADER}. */
class ReorderBufferProgressTest {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    @Test
    void anArticleLeavesOnceEveryPartitionHasMovedPastIt() {
        try (Driver d = new Driver(3)) {
            d.send(0, "a", 1_000);
            d.send(1, "b", 2_000);
            assertThat(d.released()).as("partition 2 not seen: it may lag").isEmpty();

            d.send(2, "c", 3_000);
            assertThat(d.released()).as("partition 0 has come no further than a").isEmpty();

            d.send(0, "d", 4_000);
            assertThat(d.released()).containsExactly("a");
            d.send(1, "e", 5_000);
            assertThat(d.released()).containsExactly("b");
            assertThat(d.reasons).containsExactly(Map.entry(Release.PARTITIONS, 2));
        }
    }

    /** At a few articles a second a partition's next article is seconds away; ingest's marks stand in for it. */
    @Test
    void progressMarksMoveTheirPartitionOnAndNoOtherRecordWithoutAValueDoes() {
        long delay = ProgressMark.DELAY.toMillis();
        try (Driver d = new Driver(3)) {
            d.send(0, "a", 1_000);
            d.send(1, "b", 1_200);
            d.sendWithoutValueToEach(3, 5_000, false);
            assertThat(d.released()).as("a record without a value is no mark without the header").isEmpty();

            d.sendWithoutValueToEach(3, 1_000 + delay, true);
            assertThat(d.released()).as("marks sent a delay after a: a is due, b is not").containsExactly("a");
            d.sendWithoutValueToEach(3, 1_200 + delay, true);
            assertThat(d.released()).as("the marks themselves never leave the buffer").containsExactly("b");
            assertThat(d.reasons).containsExactly(Map.entry(Release.PARTITIONS, 2));
        }
    }

    @Test
    void aQuietPartitionHoldsArticlesForTheGraceOnly() {
        try (Driver d = new Driver(2)) {
            d.send(0, "a", 1_000);
            d.send(1, "b", 1_000);
            d.send(0, "c", 30_000);
            d.send(0, "d", GRACE.toMillis());
            assertThat(d.released()).as("partition 1 has been quiet since 1 s; a and b have the same time")
                    .isEmpty();

            d.send(0, "e", GRACE.toMillis() + 30_000);
            assertThat(d.released()).as("stream time passed a, b and c by the grace").containsExactly("a", "b", "c");
            assertThat(d.reasons).containsExactly(Map.entry(Release.GRACE, 3));
        }
    }

    @Test
    void anArticleBehindEveryPartitionPassesAtOnce() {
        try (Driver d = new Driver(2)) {
            d.send(0, "a", 10_000);
            d.send(1, "b", 20_000);
            d.send(0, "c", 20_000);
            assertThat(d.released()).containsExactly("a");

            d.send(1, "late", 5_000);
            assertThat(d.released()).containsExactly("late");
        }
    }

    @Test
    void recordsWithoutTheHeaderLeaveByTheGrace() {
        try (Driver d = new Driver(1)) {
            d.sendUntagged("a", 1_000);
            d.sendUntagged("b", 60_000);
            assertThat(d.released()).isEmpty();
            d.sendUntagged("c", GRACE.toMillis() + 1_000);
            assertThat(d.released()).containsExactly("a");
            assertThat(d.reasons).containsExactly(Map.entry(Release.GRACE, 1));
        }
    }

    /**
     * What the buffer is for: whatever the interleaving of the partitions (each in its own time order, ties
     * within and across partitions), the articles leave in one sorted order, most before the idle flush.
     */
    @Test
    void theReleasedOrderIsTheSortedOrderWhateverTheInterleaving() {
        List<List<Article>> partitions = new ArrayList<>();
        Random random = new Random(11);
        int n = 0;
        for (int p = 0; p < 4; p++) {
            List<Article> articles = new ArrayList<>();
            long t = 0;
            for (int i = 0; i < 200; i++) {
                t += random.nextInt(4) == 0 ? 0 : random.nextInt(300);
                articles.add(new Article(p, String.format("x%04d", n++), t));
            }
            partitions.add(articles);
        }
        List<String> sorted = partitions.stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(Article::timeMs).thenComparing(Article::id)).map(Article::id).toList();

        for (int seed = 0; seed < 5; seed++) {
            try (Driver d = new Driver(4)) {
                Random interleaving = new Random(seed);
                int[] next = new int[4];
                int sent = 0;
                while (sent < n) {
                    int p = interleaving.nextInt(4);
                    if (next[p] < partitions.get(p).size()) {
                        Article a = partitions.get(p).get(next[p]++);
                        d.send(a.partition(), a.id(), a.timeMs());
                        sent++;
                    }
                }
                List<String> released = new ArrayList<>(d.released());
                int beforeFlush = released.size();
                d.driver.advanceWallClockTime(ReorderBuffer.IDLE_FLUSH);
                released.addAll(d.released());

                assertThat(released).as("interleaving %d", seed).containsExactlyElementsOf(sorted);
                assertThat(beforeFlush).as("released as the partitions moved on, before the flush").isGreaterThan(n / 2);
                assertThat(d.reasons).containsOnly(Map.entry(Release.PARTITIONS, beforeFlush), Map.entry(Release.IDLE, n - beforeFlush));
            }
        }
    }

    private record Article(int partition, String id, long timeMs) {
    }

    private static final class Driver implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, String> in;
        final TestOutputTopic<String, String> out;
        final Map<Release, Integer> reasons = new EnumMap<>(Release.class);

        Driver(int partitions) {
            StreamsBuilder builder = new StreamsBuilder();
            builder.addStateStore(ReorderBuffer.storeBuilder(Serdes.String()));
            builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                    .process(() -> new ReorderBuffer<String>(GRACE, ReorderBuffer.IDLE_FLUSH, v -> v, partitions,
                            (reason, count) -> reasons.merge(reason, count, Integer::sum)),
                            Named.as("reorder-buffer"), ReorderBuffer.STORE)
                    .to("out", Produced.with(Serdes.String(), Serdes.String()));
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reorder-progress-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
            driver = new TopologyTestDriver(builder.build(), props, T0);
            in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
            out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.String().deserializer());
        }

        void send(int partition, String id, long offsetMs) {
            RecordHeaders headers = new RecordHeaders();
            SourceProgress.tag(headers, partition);
            in.pipeInput(new TestRecord<>("all-articles", id, headers, T0.plusMillis(offsetMs)));
        }

        /** A record without a value from each of the first {@code partitions}, with the progress mark's header or without. */
        void sendWithoutValueToEach(int partitions, long offsetMs, boolean mark) {
            for (int p = 0; p < partitions; p++) {
                RecordHeaders headers = new RecordHeaders();
                SourceProgress.tag(headers, p);
                in.pipeInput(new TestRecord<>(ProgressMark.KEY, null, mark ? ProgressMark.mark(headers) : headers, T0.plusMillis(offsetMs)));
            }
        }

        void sendUntagged(String id, long offsetMs) {
            in.pipeInput(new TestRecord<>("all-articles", id, new RecordHeaders(), T0.plusMillis(offsetMs)));
        }

        List<String> released() {
            return out.readValuesToList();
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
