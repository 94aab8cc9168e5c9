package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.channel.Channel;
import io.wirewatch.alerts.channel.ChannelFactory;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Topics;

/**
 * Reads {@link Topics#ALERTS} and delivers each alert to every channel of its subscription, on a
 * thread of its own.
 *
 * <p>Guarantees: the offset of an alert is committed only after every channel accepted it or it
 * was written to {@link Topics#DEAD_LETTERS}, so alerts are delivered at least once and never lost
 * silently; after a clean restart nothing is delivered twice. A channel that keeps failing gets
 * {@code maxAttempts} attempts {@code retryBackoff} apart, then the alert is dead-lettered for that
 * channel and the dispatcher moves on. Webhook receivers can drop the rare repeat (after a crash)
 * by the {@code X-Wirewatch-Delivery} header.
 */
public final class AlertDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration CLIENT_CLOSE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(2);
    private static final Duration FORCED_STOP = Duration.ofSeconds(5);
    private static final long MIN_POLL_INTERVAL_MS = Duration.ofMinutes(5).toMillis();

    private final AlertsConfig config;
    private final Map<String, List<Channel>> channelsBySubscription;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final DeadLetters deadLetters;
    private final RetryingDelivery delivery;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean inGroup = new AtomicBoolean();
    private final DeliveryMetrics metrics = new DeliveryMetrics(Clock.systemUTC());
    private final Thread thread;

    /**
     * @param config          validated configuration with subscriptions
     * @param kafkaProperties bootstrap servers and passthrough client settings
     * @param channels        builds the subscriptions' channels
     */
    public AlertDispatcher(AlertsConfig config, Map<String, Object> kafkaProperties, ChannelFactory channels) {
        this.config = config;
        this.channelsBySubscription = buildChannels(config.subscriptions(), channels);
        this.delivery = new RetryingDelivery(config.maxAttempts(), config.retryBackoff(), this::pause);
        this.consumer = new KafkaConsumer<>(consumerProperties(kafkaProperties));
        this.producer = new KafkaProducer<>(producerProperties(kafkaProperties));
        this.deadLetters = new DeadLetters(producer);
        this.thread = new Thread(this::run, config.applicationId() + "-dispatch");
    }

    /** The consumer group that holds the dispatcher's committed offsets. */
    public static String groupId(AlertsConfig config) {
        return config.applicationId() + "-dispatch";
    }

    /**
     * True once the consumer has joined its group and been given its partitions (possibly none, when
     * more instances run than the alerts topic has partitions), until it loses them or stops: for
     * readiness checks, from any thread.
     */
    public boolean assigned() {
        return inGroup.get();
    }

    /** The consumer's and the dead-letter producer's metrics for a meter registry (the binders read the clients' own metric maps). */
    public List<KafkaClientMetrics> kafkaClientMetrics() {
        return List.of(new KafkaClientMetrics(consumer), new KafkaClientMetrics(producer));
    }

    /** Starts delivering on the dispatcher thread. */
    public void start() {
        thread.start();
    }

    /**
     * Stops within seconds: an attempt in flight may finish (bounded by the channel timeout, then
     * interrupted); an alert not fully handled is not committed and is delivered after a restart.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // No consumer.wakeup(): it could hit the commit of an alert just delivered and make it
        // repeat after the restart. The poll returns within POLL_TIMEOUT anyway.
        closing.countDown();
        if (!thread.isAlive()) {
            closeClients();
            return;
        }
        try {
            thread.join(GRACEFUL_STOP.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(FORCED_STOP.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("dispatcher thread {} did not stop within {}", thread.getName(), GRACEFUL_STOP.plus(FORCED_STOP));
        }
    }

    private void run() {
        try {
            MDC.put("service", "alerts");
            consumer.subscribe(List.of(Topics.ALERTS.name()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    inGroup.set(true);
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // Revocations are part of every rebalance; the next assignment follows.
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    inGroup.set(false);
                }
            });
            while (!isClosing()) {
                try {
                    dispatch(consumer.poll(POLL_TIMEOUT));
                } catch (KafkaException e) {
                    // Broker away, rebalance, commit refused: nothing was committed that was not
                    // handled, so trying again later loses nothing.
                    if (!isClosing()) {
                        LOG.warn("dispatcher cannot reach Kafka, retrying in {}: {}", config.retryBackoff(), e.toString());
                        pause(config.retryBackoff());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("dispatcher stopped by an unexpected error; undelivered alerts stay uncommitted", e);
        } finally {
            inGroup.set(false);
            Thread.interrupted(); // the clients refuse to close on an interrupted thread
            closeClients();
            MDC.clear();
        }
    }

    private void dispatch(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            try {
                if (!handleOrDeadLetter(record)) {
                    return; // closing: leave the rest uncommitted for the next start
                }
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            } catch (KafkaException e) {
                // The records after this one were fetched but not handled: fetch them again.
                rewind(records, nextOffsets);
                throw e;
            }
            nextOffsets.put(partition, record.offset() + 1);
        }
    }

    /**
     * Handles a record; a record that breaks the handling itself (a bug, not an unreachable
     * channel or broker) is dead-lettered so that it cannot block the partition forever.
     */
    private boolean handleOrDeadLetter(ConsumerRecord<byte[], byte[]> record) {
        MDC.put("topic", record.topic());
        MDC.put("partition", Integer.toString(record.partition()));
        MDC.put("offset", Long.toString(record.offset()));
        try {
            return handle(record);
        } catch (KafkaException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("cannot handle alert at {}-{}@{}, dead-lettering it", record.topic(), record.partition(), record.offset(), e);
            deadLetters.send(record, e.toString(), Map.of());
            return true;
        } finally {
            MDC.remove("topic");
            MDC.remove("partition");
            MDC.remove("offset");
            MDC.remove("alertId");
            MDC.remove("articleId");
        }
    }

    /** Delivers one alert to its channels. False when abandoned because the dispatcher is closing. */
    private boolean handle(ConsumerRecord<byte[], byte[]> record) {
        Alert alert;
        try {
            alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            LOG.warn("unreadable alert at {}-{}@{}, dead-lettering it: {}",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e.getMessage(), Map.of());
            return true;
        }
        if (alert == null) {
            return true;
        }
        MDC.put("alertId", alert.id());
        MDC.put("articleId", String.valueOf(alert.articleId()));
        DeliveryMetrics.received(alert);
        List<Channel> channels = channelsBySubscription.get(alert.subscriptionId());
        if (channels == null) {
            // Typically a subscription removed from the config while its alerts were in flight.
            LOG.warn("alert {} is for unknown subscription '{}', dead-lettering it", alert.id(), alert.subscriptionId());
            deadLetters.send(record, "unknown subscription '" + alert.subscriptionId() + "'",
                    Map.of(DeadLetters.SUBSCRIPTION, alert.subscriptionId()));
            return true;
        }
        for (Channel channel : channels) {
            long started = System.nanoTime();
            DeliveryOutcome outcome = delivery.deliver(channel, alert);
            if (outcome instanceof DeliveryOutcome.Abandoned) {
                return false;
            }
            metrics.delivered(alert, channel.describe(), outcome, Duration.ofNanos(System.nanoTime() - started));
            if (outcome instanceof DeliveryOutcome.Failed failed) {
                LOG.warn("giving up on alert {} for {} after {} attempts, dead-lettering it: {}",
                        alert.id(), channel.describe(), failed.attempts(), failed.last().getMessage());
                deadLetters.send(record, failed.last().getMessage(), failureHeaders(alert, channel, failed));
            } else {
                LOG.debug("alert {} delivered to {} of subscription {}", alert.id(), channel.describe(), alert.subscriptionId());
            }
        }
        return true;
    }

    private static Map<String, String> failureHeaders(Alert alert, Channel channel, DeliveryOutcome.Failed failed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DeadLetters.SUBSCRIPTION, alert.subscriptionId());
        headers.put(DeadLetters.CHANNEL, channel.describe());
        headers.put(DeadLetters.STATUS, Integer.toString(failed.last().status()));
        headers.put(DeadLetters.ATTEMPTS, Integer.toString(failed.attempts()));
        return headers;
    }

    /** After a failure mid-batch: fetch every partition of the batch again from its first unhandled record. */
    private void rewind(ConsumerRecords<byte[], byte[]> records, Map<TopicPartition, Long> nextOffsets) {
        for (TopicPartition partition : records.partitions()) {
            if (!consumer.assignment().contains(partition)) {
                continue; // revoked in a rebalance: its next owner starts at the committed offset
            }
            long first = records.records(partition).get(0).offset();
            consumer.seek(partition, nextOffsets.getOrDefault(partition, first));
        }
    }

    private boolean pause(Duration duration) {
        try {
            return !closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void closeClients() {
        try {
            // The default membership operation leaves the group, so a restart is assigned the partitions at once.
            consumer.close(CloseOptions.timeout(CLIENT_CLOSE_TIMEOUT));
        } catch (RuntimeException e) {
            LOG.warn("error closing the dispatcher's consumer", e);
        }
        try {
            producer.close(CLIENT_CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warn("error closing the dispatcher's dead-letter producer", e);
        }
    }

    private static Map<String, List<Channel>> buildChannels(List<SubscriptionConfig> subscriptions, ChannelFactory factory) {
        Map<String, List<Channel>> channels = new HashMap<>();
        for (SubscriptionConfig subscription : subscriptions) {
            channels.put(subscription.id(), subscription.channels().stream().map(factory::create).toList());
        }
        return Map.copyOf(channels);
    }

    private Map<String, Object> consumerProperties(Map<String, Object> kafkaProperties) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(config));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only alerts of committed Streams transactions; aborted ones would be sent twice.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A new group must start at the beginning: alerts written before the first start are still owed.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // One alert may hold the thread for its whole retry budget, so take one per poll and allow
        // the poll interval to cover that budget; the fetcher still reads from the broker in batches.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE,
                Math.max(MIN_POLL_INTERVAL_MS, 2 * worstCaseMillisPerAlert())));
        return props;
    }

    private static Map<String, Object> producerProperties(Map<String, Object> kafkaProperties) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    /** The longest one alert can take: every channel of the busiest subscription failing every attempt. */
    private long worstCaseMillisPerAlert() {
        long worst = 0;
        for (SubscriptionConfig subscription : config.subscriptions()) {
            long total = 0;
            for (ChannelConfig channel : subscription.channels()) {
                total += config.maxAttempts() * channel.timeout().toMillis()
                        + (config.maxAttempts() - 1L) * config.retryBackoff().toMillis();
            }
            worst = Math.max(worst, total);
        }
        return worst;
    }
}
