/**
 * The alerts service under load (issue 13): 10,000 subscriptions over 1,000 rules, claims produced onto
 * the topics at a fixed rate, latency from the claim record to the webhook receiving its alert. A
 * measuring program ({@link io.wirewatch.bench.alerts.AlertsLatency}), not a timed test.
 */
package io.wirewatch.bench.alerts;
