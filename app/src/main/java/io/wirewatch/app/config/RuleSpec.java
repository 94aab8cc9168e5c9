package io.wirewatch.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.wirewatch.events.Rule;

/** One entry of the {@code rules} list. */
public record RuleSpec(
        @JsonProperty("id")
        String id,
        @JsonProperty("query")
        String query) {

    public Rule toRule() {
        return Rule.of(id, query);
    }
}
