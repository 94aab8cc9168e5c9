/**
 * The Kafka Streams topology that turns claims into alerts: match each claim against the
 * subscriptions' rules, let only the first claim of a story through per subscription, and complete
 * the alert with its article and story.
 *
 * <p>Claims, and the articles paired with their story assignments, are repartitioned by story id,
 * so one task owns a story and with it every (subscription, story) pair of that story: the outcome
 * does not depend on how the input topics are partitioned.
 */
package io.wirewatch.alerts.matching;
