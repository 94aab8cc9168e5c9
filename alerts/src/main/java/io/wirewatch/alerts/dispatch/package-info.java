/**
 * Delivery of alerts from the alerts topic to the subscriptions' channels: at least once, with
 * retries, and to the dead-letter topic when a channel keeps refusing, so that nothing is lost
 * silently and one broken endpoint holds up the others only for a bounded time.
 */
package io.wirewatch.alerts.dispatch;
