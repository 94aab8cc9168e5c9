package io.wirewatch.processor.attribution;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.wirewatch.events.Rule;
import io.wirewatch.processor.ProcessorTopology;

/** Maintains the global rules store from the compacted rules topic: a rule per id, a tombstone deletes. */
public final class RuleStoreUpdater implements Processor<String, Rule, Void, Void> {

    private final SharedRuleBook rules;
    private KeyValueStore<String, Rule> store;

    public RuleStoreUpdater(SharedRuleBook rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(ProcessorTopology.RULES_STORE);
    }

    @Override
    public void process(Record<String, Rule> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        rules.rulesChanged();
    }
}
