package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SupervisedLoopTest {

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Test
    void anErrorRestartsTheLoop() {
        AtomicInteger runs = new AtomicInteger();
        SupervisedLoop loop = new SupervisedLoop(() -> {
            int run = runs.incrementAndGet();
            if (run == 1) {
                throw new OutOfMemoryError("test");
            }
            if (run == 2) {
                throw new IllegalStateException("broken");
            }
        }, Duration.ofSeconds(1), duration -> true, failures::add);

        loop.run();

        assertThat(runs).hasValue(3);
        assertThat(loop.restarts()).isEqualTo(2);
        assertThat(failures).extracting(Throwable::getClass)
                .containsExactly(OutOfMemoryError.class, IllegalStateException.class);
    }

    @Test
    void closingDuringTheBackoffEndsTheSupervision() {
        AtomicInteger runs = new AtomicInteger();
        SupervisedLoop loop = new SupervisedLoop(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("broken");
        }, Duration.ofSeconds(1), duration -> false, failures::add);

        loop.run();

        assertThat(runs).hasValue(1);
        assertThat(loop.restarts()).isZero();
    }

    @Test
    void aNormalReturnEndsTheLoop() {
        AtomicInteger runs = new AtomicInteger();

        new SupervisedLoop(runs::incrementAndGet, Duration.ofSeconds(1), duration -> true, failures::add).run();

        assertThat(runs).hasValue(1);
        assertThat(failures).isEmpty();
    }
}
