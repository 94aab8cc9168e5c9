package io.wirewatch.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.wirewatch.events.Claim;
import io.wirewatch.events.Topics;

/**
 * Reads the processor's and the alert topology's output topics as a desk's consumer would (read
 * committed: what exactly-once has committed) and notes, per article, when its assignment and its first
 * claim became visible ({@link System#nanoTime()}), and how many alerts the alert topology wrote. It starts
 * at the topics' ends: what a cluster held before the run is not counted.
 */
final class OutputWatcher implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final Map<String, Long> assigned = new ConcurrentHashMap<>();
    private final Map<String, Long> claimed = new ConcurrentHashMap<>();
    private final Map<String, String> storyOf = new ConcurrentHashMap<>();
    private final Map<String, Boolean> alerts = new ConcurrentHashMap<>();
    private final AtomicLong lastAlertNanos = new AtomicLong();
    private volatile RuntimeException failure;

    private OutputWatcher(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-bench-watcher");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = List.of(Topics.ASSIGNMENTS.name(), Topics.CLAIMS.name(), Topics.ALERTS.name())
                .stream().flatMap(topic -> consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the end offsets now, before anything is published
        this.thread = new Thread(this::poll, "wirewatch-bench-watcher");
        thread.setDaemon(true);
    }

    static OutputWatcher start(Map<String, Object> client) {
        OutputWatcher watcher = new OutputWatcher(client);
        watcher.thread.start();
        return watcher;
    }

    private void poll() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    String topic = record.topic();
                    if (topic.equals(Topics.ASSIGNMENTS.name()) && record.key() != null) {
                        String articleId = new String(record.key(), StandardCharsets.UTF_8);
                        assigned.putIfAbsent(articleId, now);
                        if (record.value() != null) {
                            storyOf.put(articleId, Topics.ASSIGNMENTS.valueSerde().deserializer().deserialize(topic, record.value()).storyId());
                        }
                    } else if (topic.equals(Topics.CLAIMS.name()) && record.value() != null) {
                        Claim claim = Topics.CLAIMS.valueSerde().deserializer().deserialize(topic, record.value());
                        claim.articleIds().forEach(id -> claimed.putIfAbsent(id, now));
                    } else if (topic.equals(Topics.ALERTS.name()) && record.key() != null) {
                        alerts.put(new String(record.key(), StandardCharsets.UTF_8), Boolean.TRUE);
                        lastAlertNanos.set(now);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() asked to stop
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** When each article's assignment became visible. */
    Map<String, Long> assigned() {
        check();
        return assigned;
    }

    /** When the first claim of each article became visible (articles without claims have none). */
    Map<String, Long> claimed() {
        check();
        return claimed;
    }

    /** The story each article was last assigned to. */
    Map<String, String> storyOf() {
        check();
        return storyOf;
    }

    /** Distinct alerts written to the alerts topic since the start. */
    int alertCount() {
        check();
        return alerts.size();
    }

    /** When the last alert record was read, or 0. */
    long lastAlertNanos() {
        return lastAlertNanos.get();
    }

    private void check() {
        if (failure != null) {
            throw new BenchException("reading the output topics failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
