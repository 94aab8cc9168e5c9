package io.wirewatch.alerts.dispatch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.events.Json;
import io.wirewatch.events.Topics;

/**
 * What an operator does with {@link Topics#DEAD_LETTERS}: list every letter with its reason, and
 * replay the undeliverable alerts, each to the one channel that refused it, through the retry
 * topic (the running alerts service delivers them at once).
 *
 * <p>Replay remembers its position in the consumer group {@code <applicationId>-dead-letter-replay},
 * so a letter is replayed once; letters that are no alert for a channel (an unreadable record, an
 * alert of a removed subscription) are skipped and counted.
 */
public final class DeadLetterTool {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final String DISPATCH_STAGE = "alerts-dispatch";

    private final Map<String, Object> kafkaProperties;
    private final Clock clock;

    public DeadLetterTool(Map<String, Object> kafkaProperties, Clock clock) {
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.clock = clock;
    }

    /** Prints one JSON line per dead letter, oldest first per partition; returns how many. */
    public int list(PrintStream out) {
        Map<String, Object> props = consumerProperties();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            int[] count = {0};
            readToEnd(consumer, partitions, record -> {
                out.println(Json.write(describe(record)));
                count[0]++;
            });
            out.flush();
            return count[0];
        }
    }

    /**
     * Sends the alerts dead-lettered since the last replay back to their channel.
     *
     * @param config       the alerts configuration (application id, subscriptions)
     * @param subscription only this subscription's letters, or null for all
     * @param out          one line per replayed letter
     * @return how many letters were replayed and how many skipped
     */
    public Result replay(AlertsConfig config, String subscription, PrintStream out) {
        Map<String, Object> props = consumerProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-dead-letter-replay");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerProps = new HashMap<>(kafkaProperties);
        producerProps.put("acks", "all");
        int[] counts = {0, 0};
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata position = committed.get(partition);
                if (position == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, position.offset());
                }
            }
            Instant now = clock.instant();
            readToEnd(consumer, partitions, record -> {
                String letterSubscription = header(record, DeadLetters.SUBSCRIPTION);
                String index = header(record, DeadLetters.CHANNEL_INDEX);
                boolean forChannel = DISPATCH_STAGE.equals(header(record, DeadLetters.STAGE)) && letterSubscription != null
                        && index != null && header(record, DeadLetters.CHANNEL) != null;
                if (subscription != null && !subscription.equals(letterSubscription)) {
                    return;
                }
                if (!forChannel) {
                    counts[1]++;
                    return;
                }
                RetryLetter letter = new RetryLetter(record.key(), record.value(), letterSubscription, Integer.parseInt(index),
                        header(record, DeadLetters.CHANNEL), 0, now, now, "replayed: " + header(record, DeadLetters.REASON));
                DeadLetters.sendAndWait(producer, letter.toRecord(), "replay of dead letter " + record.partition() + "@" + record.offset());
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("replayed", record.partition() + "@" + record.offset());
                line.put("subscription", letterSubscription);
                line.put("channel", letter.channel());
                out.println(Json.write(line));
                counts[0]++;
            });
            Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
            for (TopicPartition partition : partitions) {
                positions.put(partition, new OffsetAndMetadata(consumer.position(partition)));
            }
            consumer.commitSync(positions);
        }
        out.flush();
        return new Result(counts[0], counts[1]);
    }

    /** What a replay did. */
    public record Result(int replayed, int skipped) {
    }

    private static void readToEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                  Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<TopicPartition> open = new ArrayList<>(partitions);
        open.removeIf(p -> consumer.position(p) >= end.get(p));
        while (!open.isEmpty()) {
            consumer.poll(POLL).forEach(each);
            open.removeIf(p -> consumer.position(p) >= end.get(p));
        }
    }

    private static Map<String, Object> describe(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        line.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        line.put("headers", headers);
        line.put("value", record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
        return line;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return RetryLetter.text(record.headers(), name);
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return props;
    }
}
