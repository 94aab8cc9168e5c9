package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.events.ProgressMark;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.normalise.ContentHash;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * After a publish every partition of the topic gets a progress mark, later than what was published by more
 * than the clock margin, so that the processor need not wait for each partition's next article; many
 * publishes close together share one round of marks.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ProgressMarksIT {

    private static final int PARTITIONS = 3;

    @Test
    void everyPartitionGetsOneMarkLaterThanThePublishedArticleByMoreThanTheMargin() throws Exception {
        String topic = KafkaBrokerExtension.unique("marks");
        Map<String, Object> client = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(Set.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }
        Object sendLock = new Object();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(ArticlePublisher.producerProperties(client),
                Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
             ProgressMarks marks = new ProgressMarks(producer, sendLock, topic, ProgressMark.DELAY)) {
            Article article = article();
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, 1, article.id(), article)).get();
            for (int i = 0; i < 100; i++) {
                marks.published();
            }

            List<ConsumerRecord<String, Article>> records = read(client, topic, 1 + PARTITIONS);
            List<ConsumerRecord<String, Article>> marksRead = records.stream().filter(r -> r.value() == null).toList();
            assertThat(marksRead).extracting(ConsumerRecord::partition).containsExactlyInAnyOrder(0, 1, 2);
            assertThat(marksRead).allSatisfy(mark -> {
                assertThat(mark.key()).isEqualTo(ProgressMark.KEY);
                assertThat(ProgressMark.isMark(mark.headers())).isTrue();
                assertThat(mark.timestamp()).isGreaterThan(sent.timestamp() + ProgressMark.CLOCK_MARGIN.toMillis());
            });
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    // One round, or a second when a slow machine spread the calls over more than the margin; never one each.
                    .untilAsserted(() -> assertThat(marks.rounds()).as("publishes close together share a round").isBetween(1L, 3L));
        }
    }

    private static List<ConsumerRecord<String, Article>> read(Map<String, Object> client, String topic, int expected) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, Article>> records = new ArrayList<>();
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(props, Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static Article article() {
        String url = "https://zeitung.example/marks/1";
        String text = "Meldung aus dem Hafen.";
        return new Article(Article.SCHEMA_VERSION, Ids.hash(url), 1, "zeitung", "https://zeitung.example/rss", url,
                "Meldung", text, "de", List.of(), null, Instant.parse("2026-03-03T08:00:00Z"), ContentHash.of(text));
    }
}
