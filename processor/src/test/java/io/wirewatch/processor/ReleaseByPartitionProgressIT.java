package io.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.ProgressMark;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * On a real broker the service looks up the articles topic's partitions, the input tasks name theirs in a
 * header, and the ordered task releases an article once every partition has delivered a later one: with a
 * grace of a day and an idle flush of ten minutes, only that rule can let anything through in this test.
 * Ingest's progress marks count as such later records; other records without a value do not.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReleaseByPartitionProgressIT {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    private static final int PARTITIONS = 3;
    private static final List<String> TEXTS = List.of("bahn-original", "regierung-kita", "kurz-zoo");

    @TempDir
    Path stateDir;

    @Test
    void articlesLeaveTheBufferOnceEveryPartitionHasMovedPastThemNotAGraceLater() throws Exception {
        String topics = KafkaBrokerExtension.unique("progress") + ".";
        BrokerTopics.create(topics, PARTITIONS);
        ProcessorConfig config = ProcessorConfig.defaults().withApplicationId(KafkaBrokerExtension.unique("progress-app"));
        Map<String, Object> kafka = Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, 1,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        Reordering holdLong = new Reordering(Duration.ofDays(1), Duration.ofMinutes(10), 0);
        try (ProcessorService service = new ProcessorService(config, kafka, stateDir, topics, holdLong)) {
            service.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);

            // Article i on partition i % 3, i seconds after T0: each partition in its own time order.
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 3 * PARTITIONS; i++) {
                articles.add(Fixtures.article(TEXTS.get(i % TEXTS.size()), "progress-" + i, "wwa", T0.plusSeconds(i)));
            }
            Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers());
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props, new StringSerializer(), Topics.ARTICLES.valueSerde().serializer())) {
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    producer.send(new ProducerRecord<>(Topics.ARTICLES.withPrefix(topics).name(), i % PARTITIONS, a.eventTime().toEpochMilli(), a.id(), a));
                }
                producer.flush();
            }

            // Every partition's latest is at 6 s or later: the articles up to 5 s are due, the last three are not.
            Set<String> expected = Set.of("progress-0", "progress-1", "progress-2", "progress-3", "progress-4", "progress-5");
            Set<String> assigned = new HashSet<>();
            Map<String, Object> consumerProps = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("progress-reader"),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            try (KafkaConsumer<String, StoryAssignment> consumer = new KafkaConsumer<>(consumerProps,
                    Topics.ASSIGNMENTS.keySerde().deserializer(), Topics.ASSIGNMENTS.valueSerde().deserializer())) {
                consumer.subscribe(List.of(Topics.ASSIGNMENTS.withPrefix(topics).name()));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> assigned.add(r.key()));
                    assertThat(assigned).containsAll(expected);
                });
                // A record without a value moves nothing unless it is ingest's progress mark.
                sendToEveryPartition(topics, T0.plusSeconds(20), false);
                consumer.poll(Duration.ofSeconds(1)).forEach(r -> assigned.add(r.key()));
                assertThat(assigned).as("the newest article of each partition waits for a later record").isEqualTo(expected);

                // Ingest's marks, later than every article: the last three leave without another article.
                sendToEveryPartition(topics, T0.plusSeconds(20), true);
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> assigned.add(r.key()));
                    assertThat(assigned).hasSize(articles.size());
                });
            }
        }
    }

    /** A record without a value to each partition at {@code time}, with the progress mark's header or without. */
    private static void sendToEveryPartition(String topics, Instant time, boolean mark) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers());
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props, new StringSerializer(), Topics.ARTICLES.valueSerde().serializer())) {
            for (int p = 0; p < PARTITIONS; p++) {
                RecordHeaders headers = new RecordHeaders();
                producer.send(new ProducerRecord<>(Topics.ARTICLES.withPrefix(topics).name(), p, time.toEpochMilli(), ProgressMark.KEY, null,
                        mark ? ProgressMark.mark(headers) : headers));
            }
            producer.flush();
        }
    }
}
