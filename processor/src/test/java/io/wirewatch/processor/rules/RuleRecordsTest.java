package io.wirewatch.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;

class RuleRecordsTest {

    @Test
    void aValidRuleIsRead() {
        assertThat(RuleRecords.decode(utf8("nk"), json(Rule.of("nk", "nordkorea* AND rakete*")))).isEqualTo(Rule.of("nk", "nordkorea* AND rakete*"));
    }

    @Test
    void aTombstoneIsNull() {
        assertThat(RuleRecords.decode(utf8("nk"), null)).isNull();
    }

    @Test
    void aRecordWithoutKeyIsRejected() {
        assertThatThrownBy(() -> RuleRecords.decode(null, json(Rule.of("nk", "x"))))
                .isInstanceOf(RejectedRuleRecordException.class).hasMessageContaining("has no key");
    }

    @Test
    void aKeyThatIsNotTheIdIsRejected() {
        assertThatThrownBy(() -> RuleRecords.decode(utf8("nk"), json(Rule.of("other", "x"))))
                .isInstanceOf(RejectedRuleRecordException.class).hasMessage("key 'nk' is not the rule's id 'other'");
    }

    @Test
    void aQueryThatDoesNotParseIsRejectedWithLucenesMessageAndTheRuleId() {
        assertThatThrownBy(() -> RuleRecords.decode(utf8("nk"), json(Rule.of("nk", "nordkorea AND ((("))))
                .isInstanceOf(RejectedRuleRecordException.class)
                .hasMessageContaining("rule 'nk'")
                .hasMessageContaining("Cannot parse 'nordkorea AND ((('")
                .satisfies(e -> assertThat(((RejectedRuleRecordException) e).ruleId()).isEqualTo("nk"));
    }

    @Test
    void garbageAndIncompleteValuesAreRejectedInOneLine() {
        for (String value : new String[] {"", "{", "\u0000\u00ff garbage", "{\"schemaVersion\":1,\"id\":\"nk\"}", "[]", "null"}) {
            assertThatThrownBy(() -> RuleRecords.decode(utf8("nk"), value.getBytes(StandardCharsets.ISO_8859_1)))
                    .as(value)
                    .isInstanceOf(RejectedRuleRecordException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("value is not a rule").doesNotContain("\n").hasSizeLessThan(400));
        }
    }

    @Test
    void aKeyThatIsNotUtf8IsRejected() {
        assertThatThrownBy(() -> RuleRecords.decode(new byte[] {(byte) 0xC3, 0x28}, json(Rule.of("nk", "x"))))
                .isInstanceOf(RejectedRuleRecordException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void ruleQueriesParseNamesTheRuleAndTheReason() {
        assertThat(RuleQueries.parse("ok", "iran* AND drohne*")).isNotNull();
        assertThatThrownBy(() -> RuleQueries.parse("bad", "a AND ((("))
                .isInstanceOf(InvalidRuleException.class)
                .satisfies(e -> {
                    InvalidRuleException invalid = (InvalidRuleException) e;
                    assertThat(invalid.ruleId()).isEqualTo("bad");
                    assertThat(invalid.reason()).startsWith("Cannot parse 'a AND ((('");
                });
        assertThatThrownBy(() -> RuleQueries.parse("blank", " ")).isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("query is empty");
    }

    private static byte[] json(Rule rule) {
        return Topics.RULES.valueSerde().serializer().serialize(Topics.RULES.name(), rule);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
