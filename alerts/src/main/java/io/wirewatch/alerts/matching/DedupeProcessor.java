package io.wirewatch.alerts.matching;

import java.time.Duration;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
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
final class DedupeProcessor implements Processor<String, Alert, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(DedupeProcessor.class);

    private final String storeName;
    private final long retentionMs;
    private ProcessorContext<String, Alert> context;
    private TimestampedKeyValueStore<String, String> sent;

    DedupeProcessor(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retentionMs = retention.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.sent = context.getStateStore(storeName);
        context.schedule(Expiry.purgeInterval(Duration.ofMillis(retentionMs)), PunctuationType.STREAM_TIME, this::purge);
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
        int purged = Expiry.purge(sent, cutoff);
        if (purged > 0) {
            LOG.debug("purged {} expired alert ids up to {}", purged, cutoff);
        }
    }
}
