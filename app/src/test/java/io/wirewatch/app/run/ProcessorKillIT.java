package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;

/**
 * {@code wirewatch run --only processor} killed with SIGKILL while articles stream in, then started again
 * on the same data: every article gets exactly one committed verdict (exactly-once: what the killed process
 * had not committed is aborted and done again, nothing is lost or doubled). A broker of its own, so that
 * the test's articles reach no other test.
 *
 * <p>Two things this test once got wrong, and why they matter to a user too:
 * <ul>
 *   <li>The articles carry the producer's send time as record time, as ingest's do. Records stamped with a
 *       publication time months ago are older than the topic's retention (the broker's default, 7 days):
 *       the broker's first retention check (30 s after it starts) deleted all of them, and the processor,
 *       restarted after that, found its committed offsets out of range and nothing left to read.</li>
 *   <li>The consumers of the killed process hold their partitions until the broker's session timeout
 *       runs out: the restarted processor waits that long (Kafka's default 45 s) before it gets its tasks.
 *       The test sets {@code kafka.client.session.timeout.ms} to the broker's minimum, 6 s.</li>
 * </ul>
 */
class ProcessorKillIT {

    private static final Instant T0 = Instant.parse("2026-04-01T06:00:00Z");
    private static final int BATCH = 20;
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    @Test
    void aProcessorKilledMidStreamLosesAndRepeatsNoVerdict() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), WirewatchJar.freePort(), Map.of())) {
            Path config = workDir.resolve("processor.yaml");
            Files.writeString(config, String.join("\n",
                    "kafka:",
                    "  bootstrap: " + broker.bootstrapServers(),
                    "  partitions: 2",
                    "  replicationFactor: 1",
                    "  client:",
                    "    session.timeout.ms: '6000'",
                    "    heartbeat.interval.ms: '1000'",
                    "data: '" + workDir.resolve("data") + "'",
                    "processor:",
                    "  reorderGrace: 1s",
                    "rules:",
                    "  - id: pegel",
                    "    query: 'pegel*'",
                    ""));
            Map<String, StoryAssignment> verdicts = new HashMap<>();
            List<String> verdictKeys = new ArrayList<>();
            try (KafkaConsumer<String, StoryAssignment> consumer = assignments(broker.bootstrapServers())) {
                Process first = start(config, "first");
                try {
                    produce(broker.bootstrapServers(), 0, BATCH);
                    awaitVerdicts(consumer, verdicts, verdictKeys, BATCH, first, "first");
                    produce(broker.bootstrapServers(), BATCH, 2 * BATCH);
                } finally {
                    first.destroyForcibly(); // SIGKILL, with the second batch in flight
                }
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

                Process second = start(config, "second");
                try {
                    produce(broker.bootstrapServers(), 2 * BATCH, 3 * BATCH);
                    awaitVerdicts(consumer, verdicts, verdictKeys, 3 * BATCH, second, "second");
                    // Anything repeated would be committed with the same transactions: one more poll catches it.
                    consumer.poll(Duration.ofSeconds(2)).forEach(r -> verdictKeys.add(r.key()));
                } finally {
                    second.destroy();
                    assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
            }
            assertThat(verdicts).hasSize(3 * BATCH);
            assertThat(verdictKeys).doesNotHaveDuplicates();
            assertThat(logStartOffsets(broker.bootstrapServers()))
                    .as("no article was deleted by the broker before the processor read it").containsOnly(0L);
        }
    }

    private Process start(Path config, String name) throws IOException {
        return WirewatchJar.runOnly(workDir.resolve(name), "processor", config, log(name));
    }

    private static void awaitVerdicts(KafkaConsumer<String, StoryAssignment> consumer, Map<String, StoryAssignment> verdicts,
                                      List<String> keys, int expected, Process process, String name) {
        await().atMost(RESUME_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(process.isAlive()).as("the %s processor is up; its log: %s", name, log(name)).isTrue();
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                verdicts.put(r.key(), r.value());
                keys.add(r.key());
            });
            assertThat(verdicts).hasSizeGreaterThanOrEqualTo(expected);
        });
    }

    /**
     * Articles from..to-1: each its own report (no copies), so each gets one verdict. No record time is
     * given: the producer stamps its send time, as ingest's publisher does (see the class comment).
     */
    private static void produce(String bootstrap, int from, int to) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer())) {
            for (int i = from; i < to; i++) {
                String text = "Der Pegel an der Messstelle " + i + " stieg in der Nacht auf " + (300 + i)
                        + " Zentimeter, teilte das Landesamt für Umwelt mit. Messstelle " + i + " liegt am Fluss Nummer "
                        + (i * 7) + ", die Anwohner der Gemeinde " + i + " wurden am Morgen gewarnt.";
                Article article = new Article(Article.SCHEMA_VERSION, "kill-" + i, 1, "pegel", "https://pegel.example/",
                        "https://pegel.example/" + i, "Pegel " + i, text, "de", List.of(), T0.plusSeconds(60L * i),
                        T0.plusSeconds(60L * i), Ids.hash(text));
                producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), article.id(), article));
            }
            producer.flush();
        }
    }

    private static KafkaConsumer<String, StoryAssignment> assignments(String bootstrap) {
        KafkaConsumer<String, StoryAssignment> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "processor-kill-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.ASSIGNMENTS.keySerde().deserializer(), Topics.ASSIGNMENTS.valueSerde().deserializer());
        consumer.subscribe(List.of(Topics.ASSIGNMENTS.name()));
        return consumer;
    }

    /** The first offset still held of each partition of the articles topic. */
    private static List<Long> logStartOffsets(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(List.of(Topics.ARTICLES.name())).allTopicNames().get().get(Topics.ARTICLES.name())
                    .partitions().forEach(p -> earliest.put(new TopicPartition(Topics.ARTICLES.name(), p.partition()), OffsetSpec.earliest()));
            return admin.listOffsets(earliest).all().get().values().stream().map(ListOffsetsResultInfo::offset).toList();
        }
    }

    /** In the build output, so that it outlives the test for a look after a failure. */
    private static Path log(String name) {
        return Path.of("target", "ProcessorKillIT-" + name + ".log").toAbsolutePath();
    }
}
