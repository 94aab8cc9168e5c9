package io.wirewatch.ingest;

import java.time.Duration;

/**
 * Delay before the next poll of a failing source: the interval doubled per failure in a row, at most
 * {@link #MAX_DELAY} (or the interval itself when that is longer), and never shorter than the server's
 * Retry-After. After {@link #PAUSE_AFTER_FAILURES} failures the source counts as paused.
 */
final class Backoff {

    static final int PAUSE_AFTER_FAILURES = 5;
    static final Duration MAX_DELAY = Duration.ofHours(1);

    private Backoff() {
    }

    static Duration delay(Duration interval, int consecutiveFailures, Duration retryAfter) {
        Duration ceiling = interval.compareTo(MAX_DELAY) > 0 ? interval : MAX_DELAY;
        Duration delay;
        if (consecutiveFailures <= 0) {
            delay = interval;
        } else if (consecutiveFailures >= PAUSE_AFTER_FAILURES) {
            delay = ceiling;
        } else {
            delay = interval.multipliedBy(1L << consecutiveFailures);
            delay = delay.compareTo(ceiling) > 0 ? ceiling : delay;
        }
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    static boolean paused(int consecutiveFailures) {
        return consecutiveFailures >= PAUSE_AFTER_FAILURES;
    }
}
