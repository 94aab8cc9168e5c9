package io.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.story.EvidenceStoryMatcher;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * The same articles through one instance on one input partition, and through two instances on four
 * input partitions, must give the same copy groups, stories and {@code duplicateOf}; the first run is
 * also restarted half-way and must neither lose nor repeat an assignment.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ScaleOutDeterminismIT {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    private static final List<String> TEXTS = List.of("bahn-original", "regierung-kita", "bahn-schweiz", "kurz-zoo",
            "bahn-gekuerzt", "regierung-wohnungsbau", "bahn-teaser", "kurz-stadtrat", "bahn-neuer-einstieg");
    private static final List<String> SOURCES = List.of("wwa", "kurier", "zuercher", "basler", "bote");
    /** Longer than the fixtures' time span: the order is decided by sorting, never by arrival. */
    private static final Reordering ORDER_ALL = new Reordering(Duration.ofDays(1), Duration.ofSeconds(8), 0);

    @TempDir
    Path stateDir;

    @Test
    void oneAndFourPartitionsOnOneAndTwoInstancesGiveTheSameGroupingsAndARestartLosesNothing() throws Exception {
        List<Article> articles = articles();

        Map<String, List<StoryAssignment>> single = new HashMap<>();
        String singleTopics = KafkaBrokerExtension.unique("single") + ".";
        BrokerTopics.create(singleTopics, 1);
        String singleApp = KafkaBrokerExtension.unique("scale-single");
        try (ProcessorService first = service(singleApp, singleTopics, "single")) {
            startAll(List.of(first));
            produce(singleTopics, articles.subList(0, 15));
            collect(singleTopics, single, 15);
        }
        try (ProcessorService restarted = service(singleApp, singleTopics, "single")) {
            startAll(List.of(restarted));
            produce(singleTopics, articles.subList(15, articles.size()));
            collect(singleTopics, single, articles.size());
        }

        Map<String, List<StoryAssignment>> scaled = new HashMap<>();
        String scaledTopics = KafkaBrokerExtension.unique("scaled") + ".";
        BrokerTopics.create(scaledTopics, 4);
        String scaledApp = KafkaBrokerExtension.unique("scale-two");
        try (ProcessorService one = service(scaledApp, scaledTopics, "two-a");
                ProcessorService two = service(scaledApp, scaledTopics, "two-b")) {
            startAll(List.of(one, two));
            produce(scaledTopics, articles);
            collect(scaledTopics, scaled, articles.size());
        }

        assertThat(single.values()).as("restart: exactly one assignment per article").allSatisfy(v -> assertThat(v).hasSize(1));
        assertThat(scaled.values()).allSatisfy(v -> assertThat(v).hasSize(1));
        Map<String, StoryAssignment> a = latest(single);
        Map<String, StoryAssignment> b = latest(scaled);
        assertThat(a).hasSize(articles.size());
        assertThat(duplicateOf(b)).isEqualTo(duplicateOf(a));
        assertThat(partition(b, StoryAssignment::storyId)).isEqualTo(partition(a, StoryAssignment::storyId));
        assertThat(partition(b, v -> v.duplicateOf() == null ? v.articleId() : v.duplicateOf()))
                .isEqualTo(partition(a, v -> v.duplicateOf() == null ? v.articleId() : v.duplicateOf()))
                .as("the fixtures contain copy groups").anySatisfy(group -> assertThat(group).hasSizeGreaterThan(2));
    }

    /** 30 articles: the nine texts in turn from five sources, every fourth with a shared footer, a minute apart. */
    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String text = TEXTS.get(i % TEXTS.size());
            String id = "scale-" + i;
            String source = SOURCES.get(i % SOURCES.size());
            Instant at = T0.plusSeconds(60L * i);
            articles.add(i % 4 == 0 ? Fixtures.withFooter(text, id, source, at) : Fixtures.article(text, id, source, at));
        }
        return articles;
    }

    private ProcessorService service(String applicationId, String topicPrefix, String instance) {
        ProcessorConfig config = ProcessorConfig.defaults().withApplicationId(applicationId);
        Map<String, Object> kafka = Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, 1,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return new ProcessorService(config, kafka, stateDir.resolve(instance), topicPrefix, ORDER_ALL);
    }

    private static void startAll(List<ProcessorService> services) {
        services.forEach(ProcessorService::start);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(services).allSatisfy(s -> assertThat(s.state()).isEqualTo(KafkaStreams.State.RUNNING)));
    }

    private static void produce(String topicPrefix, List<Article> articles) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers());
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props, new StringSerializer(), Topics.ARTICLES.valueSerde().serializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES.withPrefix(topicPrefix).name(), null, article.eventTime().toEpochMilli(), article.id(), article));
            }
            producer.flush();
        }
    }

    /** Reads the assignments topic from the start until {@code expected} articles have a verdict. */
    private static void collect(String topicPrefix, Map<String, List<StoryAssignment>> into, int expected) {
        into.clear();
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("scale-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, StoryAssignment> consumer = new KafkaConsumer<>(props,
                Topics.ASSIGNMENTS.keySerde().deserializer(), Topics.ASSIGNMENTS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.ASSIGNMENTS.withPrefix(topicPrefix).name()));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> into.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
                assertThat(into).hasSize(expected);
            });
            // Anything repeated would be committed with the same transactions: one more poll catches it.
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> into.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
        }
    }

    private static Map<String, StoryAssignment> latest(Map<String, List<StoryAssignment>> all) {
        Map<String, StoryAssignment> latest = new HashMap<>();
        all.forEach((id, list) -> latest.put(id, list.get(list.size() - 1)));
        return latest;
    }

    private static Map<String, String> duplicateOf(Map<String, StoryAssignment> verdicts) {
        Map<String, String> map = new HashMap<>();
        verdicts.forEach((id, v) -> map.put(id, String.valueOf(v.duplicateOf())));
        return map;
    }

    /** The article ids grouped by a key, as a set of groups: independent of the keys' values. */
    private static Set<Set<String>> partition(Map<String, StoryAssignment> verdicts, java.util.function.Function<StoryAssignment, String> key) {
        return new HashSet<>(verdicts.values().stream()
                .collect(Collectors.groupingBy(key, Collectors.mapping(StoryAssignment::articleId, Collectors.toSet())))
                .values());
    }
}
