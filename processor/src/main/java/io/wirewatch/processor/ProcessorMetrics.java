package io.wirewatch.processor;

import io.micrometer.core.instrument.Metrics;

import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.order.Release;

/**
 * The processor's counters, on Micrometer's global registry: without a registry added to it (tests,
 * replay, benchmarks) they cost a map lookup and record nothing; {@code run} adds the Prometheus one.
 *
 * <p>Public for the claim stage's glue in {@code attribution}; nothing outside the processor calls it.
 *
 * <p>They count records as the topology emits them: with exactly-once, a transaction that is aborted
 * and processed again counts twice, so they are rates to watch, not totals to reconcile.
 */
public final class ProcessorMetrics {

    static final String ARTICLES = "wirewatch.processor.articles";
    static final String STORIES = "wirewatch.processor.stories";
    static final String CLAIMS = "wirewatch.processor.claims";
    static final String RULE_MATCHES = "wirewatch.processor.rule.matches";
    static final String REORDER_RELEASED = "wirewatch.processor.reorder.released";

    private ProcessorMetrics() {
    }

    /** Copy or original (with the verdict's reason), and whether the article opened a story, joined one, is a
     * later version of an article already placed ({@code revised}), or its verdict was revised by a later
     * original ({@code reassigned}; not counted as an article again). */
    static void assigned(StoryAssignment assignment, boolean revision) {
        if (revision) {
            Metrics.counter(STORIES, "event", "reassigned").increment();
            return;
        }
        String kind = assignment.duplicateOf() == null ? "original" : "copy";
        Metrics.counter(ARTICLES, "kind", kind, "reason", assignment.reason().wire()).increment();
        String event = assignment.articleVersion() > 1 ? "revised"
                : assignment.reason() == Verdict.ORIGINAL ? "opened" : "joined";
        Metrics.counter(STORIES, "event", event).increment();
    }

    /** Articles the reorder buffer let go, and why: a rising share by grace means a partition lags or is quiet. */
    static void reordered(Release reason, int count) {
        Metrics.counter(REORDER_RELEASED, "by", reason.tag()).increment(count);
    }

    /** A claim emitted: first seen in its story, or seen in one more copy; a new claim counts its rule matches. */
    public static void claim(Claim claim, boolean isNew) {
        Metrics.counter(CLAIMS, "event", isNew ? "new" : "copy").increment();
        if (isNew) {
            for (String rule : claim.rules()) {
                Metrics.counter(RULE_MATCHES, "rule", rule).increment();
            }
        }
    }
}
