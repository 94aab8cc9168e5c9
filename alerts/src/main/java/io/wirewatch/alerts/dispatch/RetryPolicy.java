package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failing channel again: exponential back-off from {@code base}, doubled per round
 * and capped at {@code max}, with "equal jitter" (half the delay fixed, half random) so that many
 * alerts that failed together do not all return at the same instant; no more rounds once
 * {@code retryFor} has passed since the first failure.
 */
final class RetryPolicy {

    private final Duration base;
    private final Duration max;
    private final Duration retryFor;
    private final DoubleSupplier random;

    /**
     * @param base     delay before the first scheduled round (before jitter)
     * @param max      longest delay between two rounds
     * @param retryFor how long after the first failure rounds are still scheduled
     * @param random   uniform in [0, 1)
     */
    RetryPolicy(Duration base, Duration max, Duration retryFor, DoubleSupplier random) {
        this.base = base.isZero() || base.isNegative() ? Duration.ofMillis(1) : base;
        this.max = max;
        this.retryFor = retryFor;
        this.random = random;
    }

    /**
     * When round {@code round} (1 for the first scheduled one) is due, or empty when the alert must
     * be given up because {@code retryFor} has passed since {@code firstFailure} by then.
     */
    Optional<Instant> next(int round, Instant firstFailure, Instant now) {
        Duration delay = delay(round);
        Instant due = now.plus(delay);
        if (due.isAfter(firstFailure.plus(retryFor))) {
            return Optional.empty();
        }
        return Optional.of(due);
    }

    /** The jittered delay before round {@code round}: in [d/2, d) for d = min(max, base × 2^(round−1)). */
    Duration delay(int round) {
        long cap = max.toMillis();
        long full = base.toMillis();
        for (int i = 1; i < round && full < cap; i++) {
            full *= 2;
        }
        full = Math.min(full, cap);
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (full - half)));
    }
}
