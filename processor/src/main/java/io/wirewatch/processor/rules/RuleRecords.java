package io.wirewatch.processor.rules;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;

/**
 * Reads one record of the rules topic ({@link Topics#RULES}) from its raw bytes and decides whether it
 * can be applied: a UTF-8 key, a JSON {@link Rule} whose id is that key, and a query that parses. Anything
 * else is a {@link RejectedRuleRecordException} with the reason, never a failure of the reader: the rules
 * topic is written by hand (kcat, scripts), and one mistake there must not stop the matching of the others.
 */
public final class RuleRecords {

    /** Parser messages can quote the input; a reason stays one readable line. */
    private static final int MAX_REASON = 300;

    private RuleRecords() {
    }

    /**
     * @return the rule, or null for a tombstone (the rule with this key is deleted)
     * @throws RejectedRuleRecordException when the record is not a valid rule
     */
    public static Rule decode(byte[] key, byte[] value) {
        if (key == null || key.length == 0) {
            throw new RejectedRuleRecordException(null, "record has no key (the key is the rule id;"
                    + " with kcat -K, was the key separator missing?)");
        }
        String id = utf8(key);
        if (value == null) {
            return null;
        }
        Rule rule;
        try {
            rule = Topics.RULES.valueSerde().deserializer().deserialize(Topics.RULES.name(), value);
        } catch (RuntimeException e) {
            throw new RejectedRuleRecordException(id, "value is not a rule: " + firstLine(e.getMessage()));
        }
        if (rule == null) {
            throw new RejectedRuleRecordException(id, "value is not a rule: JSON null (a tombstone has no value at all)");
        }
        if (!id.equals(rule.id())) {
            throw new RejectedRuleRecordException(id, "key '" + id + "' is not the rule's id '" + rule.id() + "'");
        }
        try {
            RuleQueries.parse(rule.id(), rule.query());
        } catch (InvalidRuleException e) {
            throw new RejectedRuleRecordException(id, e.getMessage());
        }
        return rule;
    }

    private static String utf8(byte[] key) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(key))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedRuleRecordException(null, "key is not UTF-8 text (" + key.length + " bytes)");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
