package io.wirewatch.alerts.dispatch;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Topics;

/** Reads the alert in a record; one that cannot be read is dead-lettered rather than stopping the loop. */
final class AlertReader {

    private static final Logger LOG = LoggerFactory.getLogger(AlertReader.class);

    private final DeadLetters deadLetters;

    AlertReader(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The alert in the record; null (after dead-lettering it) when it cannot be read. */
    Alert read(ConsumerRecord<byte[], byte[]> record) {
        return read(record, Map.of());
    }

    /** As {@link #read(ConsumerRecord)}, with {@code details} as extra headers of a dead letter. */
    Alert read(ConsumerRecord<byte[], byte[]> record, Map<String, String> details) {
        if (record.value() == null) {
            return null;
        }
        try {
            return Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            LOG.warn("unreadable alert at {}-{}@{}, dead-lettering it: {}",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e.getMessage(), details);
            return null;
        }
    }
}
