package io.wirewatch.app.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;

/**
 * The transport's own limit: the same article records, serialised as ingest serialises them, produced
 * (idempotent, {@code acks=all}, as ingest's publisher) to a topic of their own with the articles topic's
 * partition count and read back by one plain consumer. Articles per second from the first send to the
 * last record read. The topic is deleted afterwards.
 */
final class Passthrough {

    private static final Duration STALL = Duration.ofSeconds(60);

    private Passthrough() {
    }

    static double articlesPerSecond(Map<String, Object> client, List<Article> articles, String topic, int partitions,
            short replicationFactor) {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor))).all().get(60, TimeUnit.SECONDS);
            try {
                return measure(client, articles, topic, partitions);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchException("passthrough topic " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted during the passthrough run", e);
        }
    }

    private static double measure(Map<String, Object> client, List<Article> articles, String topic, int partitions) {
        Map<String, Object> consumerProps = new HashMap<>(client);
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-bench-passthrough");
        Map<String, Object> producerProps = new HashMap<>(client);
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-bench-passthrough");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, Article> producer = new KafkaProducer<>(producerProps, Topics.ARTICLES.keySerde().serializer(),
                     Topics.ARTICLES.valueSerde().serializer())) {
            List<TopicPartition> assigned = java.util.stream.IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            assigned.forEach(consumer::position);
            long started = System.nanoTime();
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic, article.id(), article));
            }
            producer.flush();
            int read = 0;
            long lastProgress = System.nanoTime();
            long finished = started;
            while (read < articles.size()) {
                int n = consumer.poll(Duration.ofMillis(100)).count();
                long now = System.nanoTime();
                if (n > 0) {
                    read += n;
                    finished = now;
                    lastProgress = now;
                } else if (now - lastProgress > STALL.toNanos()) {
                    throw new BenchException("passthrough: read " + read + " of " + articles.size() + " records, then nothing for " + STALL.toSeconds() + " s");
                }
            }
            return articles.size() / ((finished - started) / 1e9);
        }
    }
}
