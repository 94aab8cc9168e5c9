package io.wirewatch.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * A record for {@link Topics#DEAD_LETTERS}: the original key and value bytes, unchanged, with what went
 * wrong and where the record came from in headers, so an operator can inspect and replay it.
 */
public final class DeadLetter {

    /** Which part of wirewatch gave the record up, e.g. {@code processor-rules}, {@code alerts-dispatch}. */
    public static final String STAGE = "wirewatch.error.stage";
    /** One line saying why. */
    public static final String REASON = "wirewatch.error.reason";
    public static final String SOURCE_TOPIC = "wirewatch.source.topic";
    public static final String SOURCE_PARTITION = "wirewatch.source.partition";
    public static final String SOURCE_OFFSET = "wirewatch.source.offset";

    private DeadLetter() {
    }

    /**
     * @param details further headers (name → value); null values are left out
     */
    public static ProducerRecord<byte[], byte[]> of(String stage, String reason, String sourceTopic, int sourcePartition,
            long sourceOffset, byte[] key, byte[] value, Map<String, String> details) {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, value);
        Headers headers = letter.headers();
        add(headers, STAGE, stage);
        add(headers, REASON, reason);
        add(headers, SOURCE_TOPIC, sourceTopic);
        add(headers, SOURCE_PARTITION, Integer.toString(sourcePartition));
        add(headers, SOURCE_OFFSET, Long.toString(sourceOffset));
        details.forEach((name, text) -> add(headers, name, text));
        return letter;
    }

    /** Adds a UTF-8 header; nothing for a null value. */
    public static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
