package io.wirewatch.alerts.dispatch;

import java.time.Duration;

import io.wirewatch.alerts.channel.Channel;
import io.wirewatch.alerts.channel.DeliveryException;
import io.wirewatch.events.Alert;

/**
 * Delivers with up to {@code maxAttempts} attempts and a fixed pause between them. A fixed pause
 * keeps the worst case easy to state: a dead channel holds its own lane (no other channel) for at most
 * {@code maxAttempts × timeout + (maxAttempts − 1) × backoff}.
 */
final class RetryingDelivery {

    /** Waits between attempts; returns false when the wait was cut short because the dispatcher is closing. */
    @FunctionalInterface
    interface Pause {
        boolean await(Duration duration);
    }

    private final int maxAttempts;
    private final Duration backoff;
    private final Pause pause;

    RetryingDelivery(int maxAttempts, Duration backoff, Pause pause) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.pause = pause;
    }

    /** Told of every attempt: its number in the round, how long it took, and the refusal (null when delivered). */
    @FunctionalInterface
    interface Attempts {
        void attempted(int attempt, long latencyMs, DeliveryException failure);

        Attempts NONE = (attempt, latencyMs, failure) -> { };
    }

    DeliveryOutcome deliver(Channel channel, Alert alert) {
        return deliver(channel, alert, Attempts.NONE);
    }

    /** One round of up to {@code maxAttempts} attempts, each reported to {@code attempts}. */
    DeliveryOutcome deliver(Channel channel, Alert alert, Attempts attempts) {
        DeliveryException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (attempt > 1 && !pause.await(backoff)) {
                return new DeliveryOutcome.Abandoned();
            }
            long started = System.nanoTime();
            try {
                channel.deliver(alert);
                attempts.attempted(attempt, elapsedMillis(started), null);
                return new DeliveryOutcome.Delivered(attempt);
            } catch (DeliveryException e) {
                last = e;
            } catch (RuntimeException | Error e) { // NOPMD
                // A faulty channel counts as a failed attempt: the alert still ends up dead-lettered, not lost,
                // and the lane goes on (a StackOverflowError in one receiver's code is no reason to stop).
                last = new DeliveryException(alert.subscriptionId(), channel.describe(), DeliveryException.NO_STATUS,
                        "channel failed: " + e, e);
            }
            if (Thread.currentThread().isInterrupted()) {
                // Interrupted by close(): a half-done attempt is no verdict on the channel.
                return new DeliveryOutcome.Abandoned();
            }
            attempts.attempted(attempt, elapsedMillis(started), last);
        }
        return new DeliveryOutcome.Failed(maxAttempts, last);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
