package io.wirewatch.alerts.dispatch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.wirewatch.alerts.channel.Channel;

/**
 * The deliveries of one channel, run one after the other on a thread of a shared pool. Each channel
 * has its own lane, so a slow or dead receiver holds up only its own lane: the others run on other
 * threads. A lane takes at most {@code capacity} waiting deliveries; the dispatcher stops reading
 * while a lane it must feed is full.
 *
 * <p>The lane occupies a pool thread only while it has work, so thousands of idle channels cost no
 * threads (the serial executor of {@link Executor}'s documentation, bounded).
 */
final class ChannelLane {

    private final Channel channel;
    private final int capacity;
    private final Executor pool;
    private final BooleanSupplier closing;
    private final Consumer<Throwable> failures;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean draining;

    /**
     * @param channel  the channel this lane delivers to
     * @param capacity deliveries that may wait
     * @param pool     runs the lane's drain loop
     * @param closing  true once the dispatcher is closing: waiting deliveries are left undone
     * @param failures told of a delivery that threw (the next one runs all the same)
     */
    ChannelLane(Channel channel, int capacity, Executor pool, BooleanSupplier closing, Consumer<Throwable> failures) {
        this.failures = failures;
        this.channel = channel;
        this.capacity = capacity;
        this.pool = pool;
        this.closing = closing;
    }

    Channel channel() {
        return channel;
    }

    synchronized boolean hasRoom() {
        return waiting.size() < capacity;
    }

    /** Deliveries waiting or running. */
    synchronized int backlog() {
        return waiting.size() + (draining ? 1 : 0);
    }

    /** Queues a delivery to run after the lane's earlier ones; false (nothing queued) when the lane is full or closed. */
    synchronized boolean trySubmit(Runnable delivery) {
        if (waiting.size() >= capacity) {
            return false;
        }
        waiting.add(delivery);
        if (!draining) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // The pool is shut down: the dispatcher is closing, the delivery stays undone.
                waiting.removeLast();
                return false;
            }
            draining = true;
        }
        return true;
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = closing.getAsBoolean() ? null : waiting.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException | Error e) { // NOPMD: the lane must outlive one broken delivery
                failures.accept(e);
            }
        }
    }
}
