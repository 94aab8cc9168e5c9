package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a loop on its thread until it returns normally, and runs it again when it fails, with any
 * {@link Throwable}: a dying thread must never leave a process that looks healthy and does nothing.
 * Between two runs it waits {@code backoff} (cut short by closing).
 */
final class SupervisedLoop implements Runnable {

    private final Runnable body;
    private final Duration backoff;
    private final RetryingDelivery.Pause pause;
    private final Consumer<Throwable> onFailure;
    private final AtomicInteger restarts = new AtomicInteger();

    /**
     * @param body      the loop; returns when it should stop for good
     * @param backoff   wait before a restart
     * @param pause     waits; false when closing, which ends the supervision
     * @param onFailure told of each failure before the restart (e.g. to log it)
     */
    SupervisedLoop(Runnable body, Duration backoff, RetryingDelivery.Pause pause, Consumer<Throwable> onFailure) {
        this.body = body;
        this.backoff = backoff;
        this.pause = pause;
        this.onFailure = onFailure;
    }

    @Override
    public void run() {
        while (true) {
            try {
                body.run();
                return;
            } catch (Throwable e) { // NOPMD: an Error too must restart the loop, not end the thread silently
                onFailure.accept(e);
            }
            if (!pause.await(backoff)) {
                return;
            }
            restarts.incrementAndGet();
        }
    }

    /** How often the body was started again after a failure. */
    int restarts() {
        return restarts.get();
    }
}
