package io.wirewatch.processor.attribution;

/**
 * Where records of the rules topic go that are not valid rules ({@link io.wirewatch.processor.rules.RuleRecords}).
 * The global store's updater cannot forward records, so it hands them to this instead.
 */
public interface RejectedRules {

    /** Logs only: topology drivers, offline replay. */
    RejectedRules LOG_ONLY = (record, reason) -> { };

    /**
     * @param record where the record came from and its original bytes
     * @param reason what is wrong with it, naming the rule id where known
     */
    void rejected(RejectedRule record, String reason);

    /** A rejected record of the rules topic: its position and original bytes. */
    record RejectedRule(String topic, int partition, long offset, byte[] key, byte[] value) {
    }
}
