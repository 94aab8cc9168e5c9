package io.wirewatch.processor.rules;

/** A record on the rules topic that is not a valid rule; the message says why, naming the rule id where known. */
public final class RejectedRuleRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RejectedRuleRecordException(String ruleId, String reason) {
        super(reason);
        this.ruleId = ruleId;
    }

    /** The record's key as text, or null when it has none or it is not UTF-8. */
    public String ruleId() {
        return ruleId;
    }
}
