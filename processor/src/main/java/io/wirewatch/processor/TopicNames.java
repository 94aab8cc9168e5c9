package io.wirewatch.processor;

import io.wirewatch.events.Topics;

/**
 * The topics the processor reads and writes. Production always uses {@link #PUBLIC}; tests that run
 * several independent deployments on one broker give each its own set.
 */
record TopicNames(String articles, String assignments, String stories, String claims) {

    static final TopicNames PUBLIC = new TopicNames(Topics.ARTICLES.name(), Topics.ASSIGNMENTS.name(),
            Topics.STORIES.name(), Topics.CLAIMS.name());

    /** The public names with a prefix, e.g. {@code "run1."} gives {@code "run1.news.articles.v1"}. */
    static TopicNames prefixed(String prefix) {
        return new TopicNames(prefix + PUBLIC.articles, prefix + PUBLIC.assignments, prefix + PUBLIC.stories,
                prefix + PUBLIC.claims);
    }
}
