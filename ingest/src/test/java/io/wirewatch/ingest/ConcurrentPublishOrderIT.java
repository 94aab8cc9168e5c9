package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.normalise.ContentHash;
import io.wirewatch.ingest.seen.SeenStore;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * Sources polled in parallel publish through one producer. The processor releases an article once every
 * partition of the articles topic has delivered a later one, which holds only if each partition's record
 * times follow its offsets: sends from several threads at once must not be appended out of stamp order.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ConcurrentPublishOrderIT {

    private static final int THREADS = 6;
    private static final int PER_THREAD = 400;

    @TempDir
    Path stateDir;

    @Test
    void recordTimesFollowOffsetsInEveryPartitionWhenSourcesPublishAtOnce() throws Exception {
        ArticlesTopic.create();
        String run = KafkaBrokerExtension.unique("order");
        Map<String, Object> client = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers());
        Map<TopicPartition, Long> before = endOffsets(client);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (ArticlePublisher publisher = new ArticlePublisher(client, SeenStore.open(stateDir.resolve("seen.json")))) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int published = 0;
                    for (int i = 0; i < PER_THREAD; i++) {
                        published += publisher.publish("source-" + thread, List.of(article(run, thread, i)));
                    }
                    return published;
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(PER_THREAD);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ConsumerRecord<String, Article>> records = readFrom(client, before, THREADS * PER_THREAD, run);
        Map<Integer, List<Long>> timesByPartition = records.stream().collect(Collectors.groupingBy(ConsumerRecord::partition,
                Collectors.mapping(ConsumerRecord::timestamp, Collectors.toList())));
        assertThat(records).hasSize(THREADS * PER_THREAD);
        timesByPartition.forEach((partition, times) -> assertThat(times).as("partition %d in offset order", partition).isSorted());
    }

    private static Article article(String run, int thread, int i) {
        String url = "https://zeitung.example/" + run + "/" + thread + "/" + i;
        String text = "Meldung " + i + " aus Quelle " + thread + ".";
        return new Article(Article.SCHEMA_VERSION, Ids.hash(url), 1, "source-" + thread, "https://zeitung.example/rss", url,
                "Meldung " + i, text, "de", List.of(), null, Instant.parse("2026-03-03T08:00:00Z"), ContentHash.of(text));
    }

    private static Map<TopicPartition, Long> endOffsets(Map<String, Object> client) {
        try (KafkaConsumer<String, Article> consumer = consumer(client)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES.name()).stream()
                    .map(PartitionInfo::partition).map(p -> new TopicPartition(Topics.ARTICLES.name(), p)).toList();
            return consumer.endOffsets(partitions);
        }
    }

    /** This run's records, in offset order per partition, from the offsets before it published. */
    private static List<ConsumerRecord<String, Article>> readFrom(Map<String, Object> client, Map<TopicPartition, Long> from,
            int expected, String run) {
        List<ConsumerRecord<String, Article>> records = new ArrayList<>();
        try (KafkaConsumer<String, Article> consumer = consumer(client)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, Article> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null && r.value().url().contains("/" + run + "/")) {
                        records.add(r);
                    }
                }
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static KafkaConsumer<String, Article> consumer(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, Topics.ARTICLES.keySerde().deserializer(), Topics.ARTICLES.valueSerde().deserializer());
    }
}
