package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells every part of the dispatcher that it is closing, and cuts their waits short when it does. */
final class StopSignal {

    private final CountDownLatch closing = new CountDownLatch(1);

    /** From now on {@link #isClosing()} is true and every {@link #pause} returns at once. */
    void stop() {
        closing.countDown();
    }

    boolean isClosing() {
        return closing.getCount() == 0;
    }

    /** Waits {@code duration}; false when the wait was cut short because the dispatcher is closing. */
    boolean pause(Duration duration) {
        try {
            return !closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
