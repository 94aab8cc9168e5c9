package io.wirewatch.alerts.channel;

import io.wirewatch.events.Alert;

/** One destination of alerts. Implementations make a single attempt and are safe for use by one thread. */
@FunctionalInterface
public interface Channel {

    /**
     * Delivers the alert once.
     *
     * @throws DeliveryException when the destination did not accept it; the caller decides whether to retry
     */
    void deliver(Alert alert) throws DeliveryException;

    /** A short description for errors and logs, without secrets, e.g. {@code webhook https://example.org}. */
    default String describe() {
        return getClass().getSimpleName();
    }
}
