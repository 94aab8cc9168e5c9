package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
 * The retry loop: reads {@link Topics#ALERT_RETRIES}, holds each scheduled retry in memory until it is
 * due and then hands it to its channel's lane. A retry record is committed once its job is done. Beyond
 * {@link #MAX_SCHEDULED} retries in memory it stops reading; a record that cannot be read, or whose
 * channel is no longer configured, is dead-lettered.
 */
final class RetryReadLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RetryReadLoop.class);
    /** Retries held in memory until due; reading the retry topic pauses beyond this. */
    static final int MAX_SCHEDULED = 100_000;

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final LoopParts parts;
    private final Clock clock;
    private final PartitionProgress progress = new PartitionProgress();

    /**
     * @param consumers   a fresh consumer of the retry group, for each run
     * @param parts       what both loops share
     * @param clock       decides what is due
     */
    RetryReadLoop(Supplier<Consumer<byte[], byte[]>> consumers, LoopParts parts, Clock clock) {
        this.consumers = consumers;
        this.parts = parts;
        this.clock = clock;
    }

    /** One run of the retry loop: reads scheduled retries and hands each to its lane when due. */
    @Override
    public void run() {
        progress.forgetAll();
        PriorityQueue<Scheduled> schedule = new PriorityQueue<>();
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            consumer.subscribe(List.of(Topics.ALERT_RETRIES.name()), new ProgressRebalanceListener(consumer, progress,
                    gone -> schedule.removeIf(s -> gone.contains(s.job().partition())), new AtomicBoolean()));
            while (!parts.stop().isClosing()) {
                try {
                    if (schedule.size() >= MAX_SCHEDULED) {
                        consumer.pause(consumer.assignment());
                    } else {
                        consumer.resume(consumer.paused());
                    }
                    consumer.poll(untilDue(schedule)).forEach(record -> schedule(record, schedule));
                    submitDue(schedule);
                    Commits.commit(consumer, progress);
                } catch (KafkaException e) {
                    if (!parts.stop().isClosing()) {
                        LOG.warn("dispatcher retry loop cannot reach Kafka, retrying in {}: {}", parts.backoff(), e.toString());
                        Commits.startOver(consumer, progress, schedule::clear);
                        parts.stop().pause(parts.backoff());
                    }
                }
            }
            Commits.commitAndClose(consumer, progress, parts.awaitLanes(), AlertReadLoop.CLIENT_CLOSE_TIMEOUT);
        }
    }

    private Duration untilDue(PriorityQueue<Scheduled> schedule) {
        Duration pollTimeout = AlertReadLoop.POLL_TIMEOUT;
        if (schedule.isEmpty()) {
            return pollTimeout;
        }
        long millis = Duration.between(clock.instant(), schedule.peek().due()).toMillis();
        return Duration.ofMillis(Math.max(0, Math.min(pollTimeout.toMillis(), millis)));
    }

    /** Puts a retry record in the schedule; one that cannot be read or whose channel is gone is dead-lettered. */
    private void schedule(ConsumerRecord<byte[], byte[]> record, PriorityQueue<Scheduled> schedule) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        RetryLetter letter;
        try {
            letter = RetryLetter.from(record);
        } catch (IllegalArgumentException e) {
            LOG.warn("{}, dead-lettering it", e.getMessage());
            parts.deadLetters().send(record, e.getMessage(), Map.of());
            progress.register(partition, record.offset(), 0);
            return;
        }
        Map<String, String> details = Map.of(DeadLetters.SUBSCRIPTION, letter.subscription(), DeadLetters.CHANNEL, letter.channel());
        Alert alert = parts.reader().read(record, details);
        List<ChannelLane> own = parts.lanes().of(letter.subscription());
        if (alert == null) {
            progress.register(partition, record.offset(), 0);
            return;
        }
        if (own == null || letter.channelIndex() >= own.size()
                || !own.get(letter.channelIndex()).channel().describe().equals(letter.channel())) {
            String reason = "channel " + letter.channel() + " of subscription '" + letter.subscription()
                    + "' is no longer configured; last error: " + letter.lastError();
            LOG.warn("retry of alert {}: {}, dead-lettering it", alert.id(), reason);
            parts.deadLetters().send(record, reason, details);
            progress.register(partition, record.offset(), 0);
            return;
        }
        long ticket = progress.register(partition, record.offset(), 1);
        schedule.add(new Scheduled(letter.due(), new Job(alert, record, progress, letter.channelIndex(),
                letter.attempts(), letter.firstFailure(), ticket)));
    }

    /** Hands every due retry to its lane; one whose lane is full waits for the next turn. */
    private void submitDue(PriorityQueue<Scheduled> schedule) {
        Instant now = clock.instant();
        List<Scheduled> full = new ArrayList<>();
        while (!parts.stop().isClosing() && !schedule.isEmpty() && !schedule.peek().due().isAfter(now)) {
            Scheduled next = schedule.poll();
            ChannelLane lane = parts.lanes().of(next.job().alert().subscriptionId()).get(next.job().channelIndex());
            if (!lane.trySubmit(() -> parts.delivery().accept(lane, next.job()))) {
                full.add(next);
            }
        }
        schedule.addAll(full);
    }

    /** A retry waiting in memory for its time. */
    private record Scheduled(Instant due, Job job) implements Comparable<Scheduled> {

        @Override
        public int compareTo(Scheduled other) {
            return due.compareTo(other.due);
        }
    }
}
