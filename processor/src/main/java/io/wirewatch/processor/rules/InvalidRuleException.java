package io.wirewatch.processor.rules;

/**
 * A watch-list rule whose query cannot be parsed. Carries the rule id and the query so that the
 * caller can report exactly which subscription is broken without losing the other rules.
 */
public final class InvalidRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String query;
    private final String reason;

    public InvalidRuleException(String ruleId, String query, String parserMessage, Throwable cause) {
        super("rule '" + ruleId + "': invalid query '" + query + "': " + parserMessage, cause);
        this.ruleId = ruleId;
        this.query = query;
        this.reason = parserMessage;
    }

    /** What is wrong with the query: the first line of the Lucene parser's message, or "query is empty". */
    public String reason() {
        return reason;
    }

    public String ruleId() {
        return ruleId;
    }

    public String query() {
        return query;
    }
}
