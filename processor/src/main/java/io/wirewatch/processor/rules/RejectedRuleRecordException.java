package io.wirewatch.processor.rules;

/**
 * A record on the rules topic that is not a valid rule; the message says why, naming the rule id where known.
 * The message is one printable line of bounded length whatever the record holds (control characters are
 * escaped), because it goes to logs and dead-letter headers.
 */
public final class RejectedRuleRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 500;

    private final String ruleId;

    public RejectedRuleRecordException(String ruleId, String reason) {
        super(oneLine(reason));
        this.ruleId = ruleId;
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX_MESSAGE; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() < MAX_MESSAGE ? out.toString() : out + "…";
    }

    /** The record's key as text, or null when it has none or it is not UTF-8. */
    public String ruleId() {
        return ruleId;
    }
}
