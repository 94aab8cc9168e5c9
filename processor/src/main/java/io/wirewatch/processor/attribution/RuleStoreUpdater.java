package io.wirewatch.processor.attribution;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.rules.RejectedRuleRecordException;
import io.wirewatch.processor.rules.RuleRecords;

/**
 * Maintains the global rules store from the compacted rules topic: a rule per id, a tombstone deletes.
 *
 * <p>It reads raw bytes and decodes them itself ({@link RuleRecords}): a record that is not a valid rule
 * (unreadable bytes, no key, a key that is not the rule's id, a query that does not parse) is logged,
 * handed to {@link RejectedRules} and leaves the store as it was, so the rule's previous version, if any,
 * stays active. Kafka Streams' own deserialisation handling cannot be used here: on a global store it
 * fails in the dead-letter step, kills the global thread, and every restart fails again restoring the
 * same record.
 */
public final class RuleStoreUpdater implements Processor<byte[], byte[], Void, Void> {

    /** Global store of the rules topic: rule id → Rule. */
    public static final String STORE = "rules-global";

    private static final Logger LOG = LoggerFactory.getLogger(RuleStoreUpdater.class);

    private final SharedRuleBook rules;
    private final RejectedRules rejected;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, Rule> store;

    /** The global store, in memory: the topic is its changelog and restores it at every start. */
    public static StoreBuilder<KeyValueStore<String, Rule>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Topics.RULES.valueSerde())
                .withLoggingDisabled();
    }

    public RuleStoreUpdater(SharedRuleBook rules, RejectedRules rejected) {
        this.rules = rules;
        this.rejected = rejected;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Rule rule;
        try {
            rule = RuleRecords.decode(record.key(), record.value());
        } catch (RejectedRuleRecordException e) {
            reject(record, e);
            return;
        }
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (rule == null) {
            store.delete(id);
        } else {
            store.put(id, rule);
        }
        rules.rulesChanged();
    }

    private void reject(Record<byte[], byte[]> record, RejectedRuleRecordException e) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        String topic = where == null ? "?" : where.topic();
        int partition = where == null ? -1 : where.partition();
        long offset = where == null ? -1 : where.offset();
        LOG.warn("rules topic {}-{}@{}: record ignored, the rule's previous version stays: {}", topic, partition, offset,
                e.getMessage());
        rejected.rejected(new RejectedRules.RejectedRule(topic, partition, offset, record.key(), record.value()), e.getMessage());
    }
}
