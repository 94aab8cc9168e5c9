package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

import io.wirewatch.events.DeadLetter;
import io.wirewatch.events.Topics;

/**
 * Writes undeliverable alerts to {@link Topics#DEAD_LETTERS} ({@link DeadLetter}): the original key and
 * value bytes, with the reason in headers so an operator can replay them after fixing the endpoint.
 *
 * <p>Headers: {@value #STAGE} ({@code alerts-dispatch}), {@value #REASON}, {@value #SOURCE_TOPIC},
 * {@value #SOURCE_PARTITION}, {@value #SOURCE_OFFSET}, and where known {@value #SUBSCRIPTION},
 * {@value #CHANNEL}, {@value #CHANNEL_INDEX}, {@value #STATUS} and {@value #ATTEMPTS}.
 */
final class DeadLetters {

    static final String STAGE = DeadLetter.STAGE;
    static final String REASON = DeadLetter.REASON;
    static final String SUBSCRIPTION = "wirewatch.error.subscription";
    static final String CHANNEL = "wirewatch.error.channel";
    static final String STATUS = "wirewatch.error.status";
    static final String ATTEMPTS = "wirewatch.error.attempts";
    /** Index of the channel in the subscription's {@code channels}, so that a replay goes to that channel only. */
    static final String CHANNEL_INDEX = "wirewatch.error.channel-index";
    static final String SOURCE_TOPIC = DeadLetter.SOURCE_TOPIC;
    static final String SOURCE_PARTITION = DeadLetter.SOURCE_PARTITION;
    static final String SOURCE_OFFSET = DeadLetter.SOURCE_OFFSET;

    private static final String STAGE_NAME = "alerts-dispatch";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<byte[], byte[]> producer;

    DeadLetters(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /**
     * Writes the record and waits for the broker's acknowledgement, because the caller commits the
     * source offset next and the alert must not vanish in between.
     *
     * @param details extra headers, e.g. {@link #SUBSCRIPTION} → id
     * @throws KafkaException when the dead letter could not be written
     */
    void send(ConsumerRecord<byte[], byte[]> source, String reason, Map<String, String> details) {
        ProducerRecord<byte[], byte[]> letter = DeadLetter.of(STAGE_NAME, reason, source.topic(), source.partition(),
                source.offset(), source.key(), source.value(), details);
        sendAndWait(producer, letter, "dead letter for " + source.topic() + "-" + source.partition() + "@" + source.offset());
    }

    /**
     * Sends and waits for the broker's acknowledgement.
     *
     * @throws KafkaException naming {@code what} when the record could not be written
     */
    static void sendAndWait(Producer<byte[], byte[]> producer, ProducerRecord<byte[], byte[]> record, String what) {
        try {
            producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("cannot write " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing " + what, e);
        }
    }
}
