package io.wirewatch.processor.attribution;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;

/** Maintains the global rules store from the compacted rules topic: a rule per id, a tombstone deletes. */
public final class RuleStoreUpdater implements Processor<String, Rule, Void, Void> {

    /** Global store of the rules topic: rule id → Rule. */
    public static final String STORE = "rules-global";

    private final SharedRuleBook rules;
    private KeyValueStore<String, Rule> store;

    /** The global store, in memory: the topic is its changelog and restores it at every start. */
    public static StoreBuilder<KeyValueStore<String, Rule>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Topics.RULES.valueSerde())
                .withLoggingDisabled();
    }

    public RuleStoreUpdater(SharedRuleBook rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
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
