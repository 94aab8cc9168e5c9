/**
 * The alerts service: matches flagged claims against newsroom subscriptions and notifies each
 * subscription once per story.
 *
 * <p>{@link io.wirewatch.alerts.AlertsConfig} is the module's configuration,
 * {@link io.wirewatch.alerts.AlertsService} runs the Kafka Streams matching application
 * ({@link io.wirewatch.alerts.matching}) together with the dispatcher that delivers alerts to
 * channels ({@link io.wirewatch.alerts.dispatch}, {@link io.wirewatch.alerts.channel}).
 */
package io.wirewatch.alerts;
