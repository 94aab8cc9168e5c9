package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Topics;

/**
 * The reading loop of {@link Topics#ALERTS}: hands each alert to the lane of every channel of its
 * subscription, in the order read, and commits a position once every channel finished every alert
 * before it ({@link PartitionProgress}). It stops reading (pauses its partitions) while a lane it must
 * feed is full. On a {@link KafkaException} it forgets what it holds and reads again from the committed
 * positions; an alert that cannot be read, or is for an unknown subscription, is dead-lettered.
 */
final class AlertReadLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertReadLoop.class);
    static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    static final Duration CLIENT_CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final LoopParts parts;
    private final PartitionProgress progress = new PartitionProgress();
    private final AtomicBoolean inGroup = new AtomicBoolean();

    /**
     * @param consumers   a fresh consumer of the dispatcher's group, for each run
     * @param parts       what both loops share
     */
    AlertReadLoop(Supplier<Consumer<byte[], byte[]>> consumers, LoopParts parts) {
        this.consumers = consumers;
        this.parts = parts;
    }

    /** True while the consumer has joined its group and holds its assignment (possibly empty). */
    boolean assigned() {
        return inGroup.get();
    }

    /** One run of the reading loop with its own consumer; returns when closing. */
    @Override
    public void run() {
        progress.forgetAll();
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            Session session = open(consumer);
            while (!parts.stop().isClosing()) {
                session.step();
            }
            session.finish();
        } finally {
            inGroup.set(false);
        }
    }

    /** Subscribes the consumer: the start of one run. */
    Session open(Consumer<byte[], byte[]> consumer) {
        return new Session(consumer);
    }

    /** One run's consumer and the records it read that wait for room in their lanes. */
    final class Session {

        private final Consumer<byte[], byte[]> consumer;
        private final Deque<ConsumerRecord<byte[], byte[]>> waiting = new ArrayDeque<>();

        private Session(Consumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
            consumer.subscribe(List.of(Topics.ALERTS.name()), new ProgressRebalanceListener(consumer, progress,
                    gone -> waiting.removeIf(r -> gone.contains(new TopicPartition(r.topic(), r.partition()))), inGroup));
        }

        /** One turn: hand off what waits, read (unless a lane is full), hand off, commit what finished. */
        void step() {
            try {
                handOff();
                if (waiting.isEmpty()) {
                    consumer.resume(consumer.paused());
                } else {
                    consumer.pause(consumer.assignment());
                }
                consumer.poll(POLL_TIMEOUT).forEach(waiting::add);
                handOff();
                Commits.commit(consumer, progress);
            } catch (KafkaException e) {
                // Broker away, rebalance, commit refused: nothing was committed that was not
                // handled, so reading again from the committed positions loses nothing.
                if (!parts.stop().isClosing()) {
                    LOG.warn("dispatcher cannot reach Kafka, retrying in {}: {}", parts.backoff(), e.toString());
                    Commits.startOver(consumer, progress, waiting::clear);
                    parts.stop().pause(parts.backoff());
                }
            }
        }

        /** Closing: commits what the lanes finished before the consumer leaves. */
        void finish() {
            Commits.commitAndClose(consumer, progress, parts.awaitLanes(), CLIENT_CLOSE_TIMEOUT);
        }

        /** Hands waiting records to their lanes in order, as long as every lane a record needs has room. */
        private void handOff() {
            while (!parts.stop().isClosing() && !waiting.isEmpty()) {
                ConsumerRecord<byte[], byte[]> record = waiting.peek();
                Alert alert = parts.reader().read(record);
                List<ChannelLane> own = alert == null ? List.of() : parts.lanes().of(alert.subscriptionId());
                if (own != null && !own.stream().allMatch(ChannelLane::hasRoom)) {
                    return;
                }
                waiting.poll();
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (alert == null) {
                    progress.register(partition, record.offset(), 0);
                } else if (own == null) {
                    // Typically a subscription removed from the config while its alerts were in flight.
                    LOG.warn("alert {} is for unknown subscription '{}', dead-lettering it", alert.id(), alert.subscriptionId());
                    parts.deadLetters().send(record, "unknown subscription '" + alert.subscriptionId() + "'",
                            Map.of(DeadLetters.SUBSCRIPTION, alert.subscriptionId()));
                    progress.register(partition, record.offset(), 0);
                } else {
                    submit(record, alert, own, partition);
                }
            }
        }

        private void submit(ConsumerRecord<byte[], byte[]> record, Alert alert, List<ChannelLane> own, TopicPartition partition) {
            DeliveryMetrics.received(alert);
            long ticket = progress.register(partition, record.offset(), own.size());
            for (int i = 0; i < own.size(); i++) {
                ChannelLane lane = own.get(i);
                Job job = new Job(alert, record, progress, i, 0, null, ticket);
                if (!lane.trySubmit(() -> parts.delivery().accept(lane, job)) && !parts.stop().isClosing()) {
                    throw new IllegalStateException("lane of " + lane.channel().describe() + " full after its room was checked");
                }
            }
        }
    }
}
