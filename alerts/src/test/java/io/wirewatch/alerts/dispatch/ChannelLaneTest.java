package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelLaneTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aBlockedLaneDoesNotHoldUpAnother() throws InterruptedException {
        ChannelLane slow = lane(10);
        ChannelLane fast = lane(10);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastDone = new CountDownLatch(1);
        CountDownLatch slowRunning = new CountDownLatch(1);

        slow.trySubmit(() -> {
            slowRunning.countDown();
            await(release);
        });
        assertThat(slowRunning.await(10, TimeUnit.SECONDS)).isTrue();
        fast.trySubmit(fastDone::countDown);

        assertThat(fastDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.backlog()).as("the slow delivery is still running").isEqualTo(1);
        release.countDown();
    }

    @Test
    void deliveriesOfOneLaneRunInOrderAndSurviveAFailure() throws InterruptedException {
        ChannelLane lane = lane(10);
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        lane.trySubmit(() -> order.add(1));
        lane.trySubmit(() -> {
            throw new StackOverflowError("receiver code recursed");
        });
        lane.trySubmit(() -> order.add(3));
        lane.trySubmit(done::countDown);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly(1, 3);
        assertThat(failures).singleElement().isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aFullLaneRefuses() throws InterruptedException {
        ChannelLane lane = lane(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        lane.trySubmit(() -> {
            running.countDown();
            await(release);
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        lane.trySubmit(() -> { });           // waiting: the lane is full now

        assertThat(lane.hasRoom()).isFalse();
        assertThat(lane.trySubmit(() -> { })).isFalse();
        release.countDown();
    }

    private ChannelLane lane(int capacity) {
        return new ChannelLane(alert -> { }, capacity, pool, closing::get, failures::add);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
