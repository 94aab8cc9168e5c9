package io.wirewatch.alerts.matching;

import java.time.Duration;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Alert;

/**
 * Lets the first alert per alert id (subscription and story) through and drops the rest for
 * {@code retention} of event time.
 *
 * <p>The store maps alert id to story id, stamped with the event time the alert was sent. All
 * time is event time (record timestamps and stream time), so a replay of the claims topic decides
 * exactly as the first run did. A punctuator deletes entries older than the retention, which keeps
 * the store bounded by the number of alerts in one retention period.
 */
final class FirstAlertProcessor implements Processor<String, Alert, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAlertProcessor.class);
    private static final Duration MIN_PURGE_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MAX_PURGE_INTERVAL = Duration.ofHours(1);

    private final String storeName;
    private final long retentionMs;
    private ProcessorContext<String, Alert> context;
    private TimestampedKeyValueStore<String, String> sent;

    FirstAlertProcessor(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retentionMs = retention.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.sent = context.getStateStore(storeName);
        context.schedule(purgeInterval(), PunctuationType.STREAM_TIME, this::purge);
    }

    @Override
    public void process(Record<String, Alert> record) {
        String alertId = record.key();
        long time = record.timestamp();
        if (alertId == null || record.value() == null) {
            return;
        }
        // Older than anything the store still remembers: it may have been purged, so alerting could repeat.
        if (time < context.currentStreamTimeMs() - retentionMs) {
            LOG.debug("dropping late claim for alert {} at {}: older than the dedupe retention", alertId, time);
            return;
        }
        ValueAndTimestamp<String> previous = sent.get(alertId);
        if (previous != null && time - previous.timestamp() < retentionMs) {
            LOG.debug("alert {} already sent at {}, dropping repeat for story {}",
                    alertId, previous.timestamp(), record.value().storyId());
            return;
        }
        sent.put(alertId, ValueAndTimestamp.make(record.value().storyId(), time));
        context.forward(record);
    }

    private void purge(long streamTime) {
        long cutoff = streamTime - retentionMs;
        int purged = 0;
        try (KeyValueIterator<String, ValueAndTimestamp<String>> all = sent.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<String>> entry = all.next();
                if (entry.value.timestamp() <= cutoff) {
                    sent.delete(entry.key);
                    purged++;
                }
            }
        }
        if (purged > 0) {
            LOG.debug("purged {} expired alert ids up to {}", purged, cutoff);
        }
    }

    /** Purge often enough that the store holds little beyond one retention, rarely enough to be cheap. */
    private Duration purgeInterval() {
        Duration tenth = Duration.ofMillis(Math.max(1, retentionMs / 10));
        if (tenth.compareTo(MIN_PURGE_INTERVAL) < 0) {
            return MIN_PURGE_INTERVAL;
        }
        return tenth.compareTo(MAX_PURGE_INTERVAL) > 0 ? MAX_PURGE_INTERVAL : tenth;
    }
}
