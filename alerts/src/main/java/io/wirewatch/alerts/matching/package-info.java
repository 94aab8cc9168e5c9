/**
 * The Kafka Streams topology that turns claims into alerts: match each claim against the
 * subscriptions' rules, then let only the first claim of a story through per subscription.
 *
 * <p>Matches are repartitioned by alert id (a hash of subscription and story) before the
 * de-duplication, so one task owns each (subscription, story) pair and the outcome does not depend
 * on how the claims topic is partitioned.
 */
package io.wirewatch.alerts.matching;
