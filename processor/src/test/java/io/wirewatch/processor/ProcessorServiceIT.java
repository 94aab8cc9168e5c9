package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

@ExtendWith(KafkaBrokerExtension.class)
class ProcessorServiceIT {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    private static final String POISON_KEY = "it-poison";

    @TempDir
    Path stateDir;

    @Test
    void assignsCopiesOnARealBroker() throws Exception {
        createTopics();
        ProcessorConfig config = ProcessorConfig.defaults().withApplicationId("processor-it-" + System.nanoTime());
        Map<String, Object> kafka = Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, 1,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);

        try (ProcessorService service = new ProcessorService(config, kafka, stateDir)) {
            service.start();
            produce(List.of(
                    article("bahn-original", "it-a1", "wwa", T0),
                    article("bahn-schweiz", "it-a2", "zuercher", T0.plusSeconds(60)),
                    article("regierung-kita", "it-r1", "wwa", T0.plusSeconds(120))));

            Map<String, StoryAssignment> verdicts = new ConcurrentHashMap<>();
            try (KafkaConsumer<String, StoryAssignment> consumer = consumer()) {
                consumer.subscribe(List.of(Topics.ASSIGNMENTS.name()));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> verdicts.put(r.key(), r.value()));
                    assertThat(verdicts).containsKeys("it-a1", "it-a2", "it-r1");
                });
            }
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertIdleCommitsNothing(service);
            assertThat(verdicts.get("it-a2").duplicateOf()).isEqualTo("it-a1");
            assertThat(verdicts.get("it-r1").duplicateOf()).isNull();
            assertThat(verdicts.get("it-r1").storyId()).isNotEqualTo(verdicts.get("it-a1").storyId());

            List<String> deadKeys = new CopyOnWriteArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = deadLetterConsumer()) {
                consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(r ->
                            deadKeys.add(r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8)));
                    assertThat(deadKeys).contains(POISON_KEY);
                });
            }
        }
    }

    /**
     * Kafka Streams commits a task after every wall-clock punctuation, useful or not: a check that ran every tick
     * for ever (the reorder buffer's) made an idle processor commit a transaction several times a second.
     */
    private static void assertIdleCommitsNothing(ProcessorService service) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaStreamsMetrics metrics = service.kafkaStreamsMetrics()) {
            metrics.bindTo(registry);
            AtomicLong previous = new AtomicLong(-1);
            // Settled: two reads half a second apart see the same count (the buffer has flushed what it held).
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> previous.getAndSet(commits(registry)) == commits(registry));
            long settled = commits(registry);
            assertThat(settled).as("the verdicts were committed").isPositive();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> commits(registry) == settled);
        }
    }

    /** Commits of every stream thread so far (Streams' {@code commit-total}). */
    private static long commits(SimpleMeterRegistry registry) {
        return Math.round(registry.find("kafka.stream.thread.commit.total").functionCounters().stream()
                .mapToDouble(FunctionCounter::count).sum());
    }

    private static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> topics = Topics.all().stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), Optional.of(2), Optional.empty())
                            .configs(spec.compacted() ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of()))
                    .toList();
            admin.createTopics(topics).all().get();
        }
    }

    /** A poison record first, then the articles: the stream must dead-letter it and go on. */
    private static void produce(List<Article> articles) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers());
        Serializer<Article> json = Topics.ARTICLES.valueSerde().serializer();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, T0.toEpochMilli(), POISON_KEY,
                    "{\"id\": broken".getBytes(StandardCharsets.UTF_8))).get();
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, article.eventTime().toEpochMilli(), article.id(),
                        json.serialize(Topics.ARTICLES.name(), article))).get();
            }
        }
    }

    private static KafkaConsumer<byte[], byte[]> deadLetterConsumer() {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "processor-it-dlq-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    private static KafkaConsumer<String, StoryAssignment> consumer() {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "processor-it-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, Topics.ASSIGNMENTS.keySerde().deserializer(), Topics.ASSIGNMENTS.valueSerde().deserializer());
    }
}
