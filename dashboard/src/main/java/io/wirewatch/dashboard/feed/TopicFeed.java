package io.wirewatch.dashboard.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.dashboard.view.AlertView;
import io.wirewatch.dashboard.view.Views;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Delivery;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.TopicSpec;
import io.wirewatch.events.Topics;

/**
 * Reads the public topics into the {@link Views} on a thread of its own.
 *
 * <p>A plain consumer rather than a Kafka Streams app: the views live in memory and are rebuilt on
 * every start, so there is nothing to checkpoint, no state store or changelog topic to keep and no
 * consumer group to coordinate. It assigns itself every partition (no group id, nothing committed),
 * so any number of dashboards can run side by side, each seeing everything, and seeks each partition
 * to the first record inside the horizon ({@code offsetsForTimes}).
 *
 * <p>A record that cannot be read is skipped and counted; the feed carries on.
 */
public final class TopicFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration EVICT_EVERY = Duration.ofMinutes(1);

    private final Map<String, Object> consumerProperties;
    private final Views views;
    private final Clock clock;
    private final TopicSpec<String, Article> articles;
    private final TopicSpec<String, StoryAssignment> assignments;
    private final TopicSpec<String, Claim> claims;
    private final TopicSpec<String, Alert> alerts;
    private final TopicSpec<String, Delivery> deliveries;
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private volatile boolean closed;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /**
     * @param client      Kafka client settings (bootstrap servers, security)
     * @param topicPrefix prefix of the topic names, "" in production (see {@link TopicSpec#withPrefix})
     */
    public TopicFeed(Map<String, Object> client, String topicPrefix, Views views, Clock clock) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-dashboard");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerProperties = props;
        this.views = views;
        this.clock = clock;
        this.articles = Topics.ARTICLES.withPrefix(topicPrefix);
        this.assignments = Topics.ASSIGNMENTS.withPrefix(topicPrefix);
        this.claims = Topics.CLAIMS.withPrefix(topicPrefix);
        this.alerts = Topics.ALERTS.withPrefix(topicPrefix);
        this.deliveries = Topics.DELIVERIES.withPrefix(topicPrefix);
    }

    /** Starts reading on the thread {@code wirewatch-dashboard-feed}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the feed is already started");
        }
        consumer = new KafkaConsumer<>(consumerProperties);
        thread = new Thread(this::run, "wirewatch-dashboard-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** Records applied to the views so far. */
    public long applied() {
        return applied.get();
    }

    /** Records skipped because they could not be read. */
    public long skipped() {
        return skipped.get();
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> c = consumer) {
            List<TopicPartition> partitions = partitions(c);
            if (closed) {
                return;
            }
            c.assign(partitions);
            seekToHorizon(c, partitions);
            long lastEviction = clock.millis();
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> record : c.poll(POLL)) {
                    apply(record);
                }
                if (clock.millis() - lastEviction >= EVICT_EVERY.toMillis()) {
                    views.evictExpired();
                    lastEviction = clock.millis();
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                LOG.error("dashboard feed woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("dashboard feed stopped: {}", e.toString(), e);
        }
    }

    /** Waits until every topic exists (the feed may start before the topics are created). */
    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicSpec<?, ?> topic : List.of(articles, assignments, claims, alerts, deliveries)) {
            List<PartitionInfo> infos = c.partitionsFor(topic.name(), Duration.ofSeconds(10));
            while (infos.isEmpty() && !closed) {
                LOG.info("dashboard: waiting for topic {}", topic.name());
                infos = c.partitionsFor(topic.name(), Duration.ofSeconds(10));
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    /**
     * Seeks every partition to its first record inside the horizon, or, when it has none, to the end
     * offset taken before the lookup: a record written while the feed starts is read, not skipped
     * (a lazy {@code seekToEnd} would resolve only at the first poll and could jump past it).
     */
    private void seekToHorizon(KafkaConsumer<byte[], byte[]> c, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = c.endOffsets(partitions);
        long start = views.horizonStart().toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(tp -> times.put(tp, start));
        for (Map.Entry<TopicPartition, OffsetAndTimestamp> e : c.offsetsForTimes(times).entrySet()) {
            c.seek(e.getKey(), e.getValue() == null ? ends.get(e.getKey()) : e.getValue().offset());
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        long at = record.timestamp();
        if (record.value() == null) {
            return;
        }
        try {
            if (topic.equals(articles.name())) {
                views.onArticle(articles.valueSerde().deserializer().deserialize(topic, record.value()), at);
            } else if (topic.equals(assignments.name())) {
                views.onAssignment(assignments.valueSerde().deserializer().deserialize(topic, record.value()), at);
            } else if (topic.equals(claims.name())) {
                views.onClaim(claims.valueSerde().deserializer().deserialize(topic, record.value()), at);
            } else if (topic.equals(alerts.name())) {
                views.onAlert(alerts.valueSerde().deserializer().deserialize(topic, record.value()), at);
            } else if (topic.equals(deliveries.name())) {
                Delivery delivery = deliveries.valueSerde().deserializer().deserialize(topic, record.value());
                views.onDelivery(delivery.alertId(), new AlertView.Delivery(delivery.channel(), delivery.outcome(),
                        delivery.at(), detail(delivery)));
            }
            applied.incrementAndGet();
        } catch (RuntimeException e) {
            skipped.incrementAndGet();
            LOG.warn("dashboard: skipped unreadable record {}-{}@{}: {}", topic, record.partition(), record.offset(),
                    e.getClass().getSimpleName());
        }
    }

    /** What the delivery log says beside the outcome: the attempt, its latency, the error or the next attempt. */
    private static String detail(Delivery delivery) {
        StringBuilder detail = new StringBuilder("attempt ").append(delivery.attempt());
        if (delivery.latencyMs() > 0) {
            detail.append(", ").append(delivery.latencyMs()).append(" ms");
        }
        if (delivery.error() != null) {
            detail.append(": ").append(delivery.error());
        }
        if (delivery.nextAttemptAt() != null) {
            detail.append(", next attempt ").append(delivery.nextAttemptAt());
        }
        return detail.toString();
    }

    /** Stops reading and waits for the thread. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            t.join(Duration.ofSeconds(10).toMillis());
        }
    }
}
