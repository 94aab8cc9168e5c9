package io.wirewatch.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.wirewatch.events.Rule;

/** One entry of the {@code rules} list. */
public record RuleSpec(
        @JsonProperty("id")
        @JsonPropertyDescription("Rule id, referenced by subscriptions.")
        String id,
        @JsonProperty("query")
        @JsonPropertyDescription("Lucene classic query: terms, \"phrases\", AND/OR/NOT, parentheses, trailing *, \"a b\"~5.")
        String query) {

    public Rule toRule() {
        return Rule.of(id, query);
    }
}
