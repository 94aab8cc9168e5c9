package io.wirewatch.alerts.dispatch;

import io.wirewatch.alerts.channel.DeliveryException;

/** How delivering one alert to one channel ended. */
sealed interface DeliveryOutcome {

    /** The channel accepted the alert. */
    record Delivered(int attempts) implements DeliveryOutcome {
    }

    /** Every attempt failed; {@code last} is the final refusal. */
    record Failed(int attempts, DeliveryException last) implements DeliveryOutcome {
    }

    /** The dispatcher is closing; the alert was not (known to be) delivered and must be retried after a restart. */
    record Abandoned() implements DeliveryOutcome {
    }
}
