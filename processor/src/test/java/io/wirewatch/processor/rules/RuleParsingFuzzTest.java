package io.wirewatch.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

import io.wirewatch.events.Rule;

/**
 * Rule parsing over hostile input: a query parses or is refused with {@link InvalidRuleException} naming the
 * rule; a rules-topic record is a rule, a tombstone or a {@link RejectedRuleRecordException}; nothing else
 * escapes (Lucene's TokenMgrError is an Error), and each input takes bounded time.
 */
class RuleParsingFuzzTest {

    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    @Property(tries = 1_000)
    void aQueryParsesOrIsRefusedNamingTheRule(@ForAll("queries") String query) {
        Assertions.assertTimeout(PER_INPUT, () -> {
            try {
                assertThat(RuleQueries.parse("fuzz", query)).isNotNull();
            } catch (InvalidRuleException e) {
                assertThat(e.ruleId()).isEqualTo("fuzz");
                assertThat(e.reason()).isNotBlank();
            }
        });
    }

    @Property(tries = 500)
    void aRulesRecordIsARuleATombstoneOrRejected(@ForAll("keys") byte[] key, @ForAll("values") byte[] value) {
        Assertions.assertTimeout(PER_INPUT, () -> {
            try {
                Rule rule = RuleRecords.decode(key, value);
                if (rule == null) {
                    assertThat(value).as("only a tombstone decodes to no rule").isNull();
                } else {
                    assertThat(rule.id()).isEqualTo(new String(key, StandardCharsets.UTF_8));
                }
            } catch (RejectedRuleRecordException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        });
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> syntax = Arbitraries.of("nordkorea", "rakete*", "AND", "OR", "NOT", "(", ")", "\"", "~5", "*", "?",
                ":", "^2", "[", "]", "{", "}", "TO", "\\", "/", "-", "+", "&&", "||", "!", " ", "ß", "\u0000", "field:", "a*b",
                "\"a b\"~", "\uD83C").list().ofMaxSize(40).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(syntax, Arbitraries.strings().ofMaxLength(300));
    }

    @Provide
    Arbitrary<byte[]> keys() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just("nk".getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40));
    }

    @Provide
    Arbitrary<byte[]> values() {
        Arbitrary<String> json = queries().map(q -> "{\"schemaVersion\":1,\"id\":\"nk\",\"query\":\""
                + q.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return Arbitraries.oneOf(Arbitraries.just(null), json.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }
}
