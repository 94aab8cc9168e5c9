/**
 * Delivery channels: where an alert goes once it exists. A {@link io.wirewatch.alerts.channel.Channel}
 * makes one delivery attempt; retries and dead-lettering belong to the dispatcher.
 *
 * <p>Webhook receivers verify calls with {@link io.wirewatch.alerts.channel.WebhookSignature}.
 * Pure library code: no logging, failures are {@link io.wirewatch.alerts.channel.DeliveryException}s.
 */
package io.wirewatch.alerts.channel;
