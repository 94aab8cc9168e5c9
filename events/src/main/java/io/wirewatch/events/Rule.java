package io.wirewatch.events;

import java.util.Objects;

/**
 * A watch-list rule on the compacted {@code wirewatch.rules.v1} topic, keyed by rule id; a null
 * value (tombstone) deletes the rule.
 *
 * @param schemaVersion contract version ({@link #SCHEMA_VERSION})
 * @param id            rule id, referenced by subscriptions
 * @param query         Lucene classic query syntax
 */
public record Rule(int schemaVersion, String id, String query) {

    public static final int SCHEMA_VERSION = 1;

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
    }

    public static Rule of(String id, String query) {
        return new Rule(SCHEMA_VERSION, id, query);
    }
}
