package io.wirewatch.bench.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.wirewatch.events.Topics;

/**
 * Notes when each alert becomes visible on {@link Topics#ALERTS} to a read-committed consumer (as the
 * dispatcher reads it), so that latency splits into the Streams part (claim → alert committed) and the
 * dispatch part (alert committed → webhook received). Reads keys only.
 */
final class AlertsTopicWatch implements AutoCloseable {

    private final Map<String, Long> visible = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closing;

    AlertsTopicWatch(Map<String, Object> client, int partitions) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.thread = new Thread(() -> watch(props, partitions), "alerts-topic-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Map<String, Object> props, int partitions) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> all = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(p -> new TopicPartition(Topics.ALERTS.name(), p)).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            while (!closing) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    long now = System.nanoTime();
                    if (record.key() != null) {
                        visible.putIfAbsent(new String(record.key(), StandardCharsets.UTF_8), now);
                    }
                });
            }
        }
    }

    /** When the alert with this id was first seen committed (nanoTime), or null. */
    Long visibleAt(String alertId) {
        return visible.get(alertId);
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        thread.join(5_000);
    }
}
