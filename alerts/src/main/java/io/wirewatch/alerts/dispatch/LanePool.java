package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The daemon threads the channel lanes run on, and their bounded stop. */
final class LanePool {

    static final Duration GRACEFUL_STOP = Duration.ofSeconds(2);
    static final Duration FORCED_STOP = Duration.ofSeconds(5);

    private final ExecutorService pool;

    /** @param prefix names the threads {@code prefix1}, {@code prefix2}, … */
    LanePool(String prefix) {
        this.pool = Executors.newCachedThreadPool(namedDaemons(prefix));
    }

    Executor executor() {
        return pool;
    }

    /** No new deliveries start; lanes that run finish what they hold unless the dispatcher is closing. */
    void shutdown() {
        pool.shutdown();
    }

    /**
     * Waits {@link #GRACEFUL_STOP} for the running deliveries, then interrupts them and waits
     * {@link #FORCED_STOP} more.
     */
    void awaitStopped() throws InterruptedException {
        if (!pool.awaitTermination(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            pool.awaitTermination(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Lets the lanes finish what they run (the pool is shut down already), bounded by the stop
     * timeouts, and leaves the calling thread uninterrupted: the clients refuse to close on an
     * interrupted thread.
     */
    void awaitLanes() {
        try {
            awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread.interrupted();
    }

    private static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
