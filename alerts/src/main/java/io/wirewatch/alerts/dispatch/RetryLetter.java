package io.wirewatch.alerts.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.wirewatch.events.DeadLetter;
import io.wirewatch.events.Topics;

/**
 * An alert scheduled for a later attempt on one channel, as a record of {@link Topics#ALERT_RETRIES}:
 * the original alert bytes, and in headers the channel (subscription, index, description), the
 * attempts so far, the first failure and when the next round is due.
 *
 * @param key          original record key (alert id)
 * @param value        original alert bytes
 * @param subscription the subscription
 * @param channelIndex index of the channel in the subscription's {@code channels}
 * @param channel      the channel's description, to notice a changed configuration
 * @param attempts     attempts made so far
 * @param firstFailure when the first attempt failed
 * @param due          when the next round is due
 * @param lastError    why the last attempt failed
 */
record RetryLetter(byte[] key, byte[] value, String subscription, int channelIndex, String channel,
                   int attempts, Instant firstFailure, Instant due, String lastError) {

    static final String SUBSCRIPTION = "wirewatch.retry.subscription";
    static final String CHANNEL_INDEX = "wirewatch.retry.channel-index";
    static final String CHANNEL = "wirewatch.retry.channel";
    static final String ATTEMPTS = "wirewatch.retry.attempts";
    static final String FIRST_FAILURE = "wirewatch.retry.first-failure";
    static final String DUE = "wirewatch.retry.due";
    static final String LAST_ERROR = "wirewatch.retry.last-error";

    ProducerRecord<byte[], byte[]> toRecord() {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ALERT_RETRIES.name(), key, value);
        Headers headers = record.headers();
        DeadLetter.add(headers, SUBSCRIPTION, subscription);
        DeadLetter.add(headers, CHANNEL_INDEX, Integer.toString(channelIndex));
        DeadLetter.add(headers, CHANNEL, channel);
        DeadLetter.add(headers, ATTEMPTS, Integer.toString(attempts));
        DeadLetter.add(headers, FIRST_FAILURE, firstFailure.toString());
        DeadLetter.add(headers, DUE, due.toString());
        DeadLetter.add(headers, LAST_ERROR, lastError);
        return record;
    }

    /**
     * Reads the schedule back.
     *
     * @throws IllegalArgumentException naming the header that is missing or malformed
     */
    static RetryLetter from(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        try {
            return new RetryLetter(record.key(), record.value(),
                    required(headers, SUBSCRIPTION),
                    Integer.parseInt(required(headers, CHANNEL_INDEX)),
                    required(headers, CHANNEL),
                    Integer.parseInt(required(headers, ATTEMPTS)),
                    Instant.parse(required(headers, FIRST_FAILURE)),
                    Instant.parse(required(headers, DUE)),
                    text(headers, LAST_ERROR));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed retry record at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + ": " + e.getMessage(), e);
        }
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("header " + name + " missing");
        }
        return value;
    }

    /** The UTF-8 text of the last header with this name, or null. */
    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
