package io.wirewatch.alerts.matching;

import java.time.Instant;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;

/** Claims in, candidate alerts keyed by alert id out; a processor because the alert needs the record timestamp. */
final class MatchProcessor implements Processor<String, Claim, String, Alert> {

    private final SubscriptionMatcher matcher;
    private ProcessorContext<String, Alert> context;

    MatchProcessor(SubscriptionMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Claim> record) {
        if (record.value() == null) {
            return;
        }
        for (Alert alert : matcher.match(record.value(), Instant.ofEpochMilli(record.timestamp()))) {
            context.forward(record.withKey(alert.id()).withValue(alert));
        }
    }
}
