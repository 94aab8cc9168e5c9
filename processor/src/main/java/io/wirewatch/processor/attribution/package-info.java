/**
 * The claim stage's Kafka glue: {@link io.wirewatch.processor.attribution.ClaimAttributionProcessor}
 * (claims of each article, one claim per story across copies, rules matched) with its store, and the rule
 * index it shares with the other claim tasks of the instance
 * ({@link io.wirewatch.processor.attribution.SharedRuleBook}), kept current from the rules topic by
 * {@link io.wirewatch.processor.attribution.RuleStoreUpdater}. The extraction and matching themselves are
 * the pure libraries {@code claims} and {@code rules}.
 */
package io.wirewatch.processor.attribution;
