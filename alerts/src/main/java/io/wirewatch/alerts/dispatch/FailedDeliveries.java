package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Topics;

/**
 * What becomes of an alert a channel did not take: the next round is scheduled on
 * {@link Topics#ALERT_RETRIES} ({@link RetryPolicy}), or, once {@code retryFor} has passed, the alert
 * goes to {@link Topics#DEAD_LETTERS}. Both writes are repeated while the broker is away, until they
 * succeed or the dispatcher closes.
 */
final class FailedDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(FailedDeliveries.class);

    private final int maxAttempts;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Producer<byte[], byte[]> producer;
    private final DeadLetters deadLetters;
    private final DeliveryLog log;
    private final Duration backoff;
    private final RetryingDelivery.Pause pause;

    /**
     * @param maxAttempts attempts per round, to count rounds
     * @param policy      when the next round is due
     * @param clock       now, for the schedule
     * @param producer    writes the retry records
     * @param deadLetters writes the dead letters
     * @param log         told of every outcome
     * @param backoff     wait before writing again while the broker is away
     * @param pause       waits; false when the dispatcher is closing
     */
    FailedDeliveries(int maxAttempts, RetryPolicy policy, Clock clock, Producer<byte[], byte[]> producer,
            DeadLetters deadLetters, DeliveryLog log, Duration backoff, RetryingDelivery.Pause pause) {
        this.maxAttempts = maxAttempts;
        this.policy = policy;
        this.clock = clock;
        this.producer = producer;
        this.deadLetters = deadLetters;
        this.log = log;
        this.backoff = backoff;
        this.pause = pause;
    }

    /**
     * After a failed round: schedules the next or dead-letters the alert.
     *
     * @return false when given up because the dispatcher is closing (the job stays undone)
     */
    boolean retryOrDeadLetter(ChannelLane lane, Job job, DeliveryOutcome.Failed failed) {
        Alert alert = job.alert();
        String channel = lane.channel().describe();
        Instant now = clock.instant();
        int attempts = job.attempts() + failed.attempts();
        Instant firstFailure = job.firstFailure() != null ? job.firstFailure() : now;
        int round = Math.max(1, attempts / maxAttempts);
        Optional<Instant> due = policy.next(round, firstFailure, now);
        if (due.isPresent()) {
            RetryLetter letter = new RetryLetter(job.source().key(), job.source().value(), alert.subscriptionId(),
                    job.channelIndex(), channel, attempts, firstFailure, due.get(), failed.last().getMessage());
            if (!persistently(() -> DeadLetters.sendAndWait(producer, letter.toRecord(), "retry of alert " + alert.id()))) {
                return false;
            }
            LOG.info("alert {} not accepted by {} after {} attempts, next attempt at {}: {}",
                    alert.id(), channel, attempts, due.get(), failed.last().getMessage());
            log.retried(alert, channel, attempts, failed.last(), due.get());
            return true;
        }
        String reason = "gave up after " + attempts + " attempts since " + firstFailure + ": " + failed.last().getMessage();
        LOG.warn("dead-lettering alert {} for {}: {}", alert.id(), channel, reason);
        Map<String, String> headers = channelHeaders(job, lane);
        headers.put(DeadLetters.STATUS, Integer.toString(failed.last().status()));
        headers.put(DeadLetters.ATTEMPTS, Integer.toString(attempts));
        if (!deadLetterPersistently(job.source(), reason, headers)) {
            return false;
        }
        log.deadLettered(alert, channel, attempts, reason);
        return true;
    }

    /**
     * After the delivery code itself failed (a bug, not a refusing channel): dead-letters the alert
     * with {@code reason}.
     *
     * @return false when given up because the dispatcher is closing (the job stays undone)
     */
    boolean deadLetterBroken(ChannelLane lane, Job job, String reason) {
        if (!deadLetterPersistently(job.source(), reason, channelHeaders(job, lane))) {
            return false;
        }
        log.deadLettered(job.alert(), lane.channel().describe(), job.attempts(), reason);
        return true;
    }

    private static Map<String, String> channelHeaders(Job job, ChannelLane lane) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DeadLetters.SUBSCRIPTION, job.alert().subscriptionId());
        headers.put(DeadLetters.CHANNEL, lane.channel().describe());
        headers.put(DeadLetters.CHANNEL_INDEX, Integer.toString(job.channelIndex()));
        return headers;
    }

    private boolean deadLetterPersistently(ConsumerRecord<byte[], byte[]> record, String reason, Map<String, String> headers) {
        return persistently(() -> deadLetters.send(record, reason, headers));
    }

    /** Runs the write until it succeeds, pausing while the broker is away; false when given up because closing. */
    private boolean persistently(Runnable write) {
        while (true) {
            try {
                write.run();
                return true;
            } catch (KafkaException e) {
                LOG.warn("cannot write to Kafka, retrying in {}: {}", backoff, e.toString());
                if (!pause.await(backoff)) {
                    return false;
                }
            }
        }
    }
}
