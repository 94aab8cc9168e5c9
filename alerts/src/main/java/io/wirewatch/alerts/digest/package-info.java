/**
 * Digests and quiet hours: when a subscription's notifications go out ({@link io.wirewatch.alerts.digest.DeliverySchedule})
 * and the stage that holds them per subscription until then ({@link io.wirewatch.alerts.digest.DigestProcessor}).
 */
package io.wirewatch.alerts.digest;
