package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.Fixtures;
import io.wirewatch.alerts.channel.Channel;
import io.wirewatch.alerts.channel.DeliveryException;
import io.wirewatch.events.Alert;

class RetryingDeliveryTest {

    private static final Alert ALERT = Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk");
    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void retriesUntilTheChannelAccepts() {
        Channel flaky = failingTimes(2);

        DeliveryOutcome outcome = new RetryingDelivery(5, Duration.ofSeconds(2), recordPause(true)).deliver(flaky, ALERT);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered(3));
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError() {
        DeliveryOutcome outcome = new RetryingDelivery(3, Duration.ofSeconds(1), recordPause(true)).deliver(failingTimes(99), ALERT);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> {
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.last().status()).isEqualTo(503);
            assertThat(failed.last().getMessage()).contains("attempt 3");
        });
        assertThat(pauses).hasSize(2);
    }

    @Test
    void closingDuringThePauseAbandonsWithoutMoreAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        Channel failing = alert -> {
            attempts.incrementAndGet();
            throw new DeliveryException(alert.subscriptionId(), "test", 503, "busy");
        };

        DeliveryOutcome outcome = new RetryingDelivery(5, Duration.ofSeconds(1), recordPause(false)).deliver(failing, ALERT);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Abandoned.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void faultyChannelCountsAsFailedAttempt() {
        Channel faulty = alert -> {
            throw new IllegalStateException("kaputt");
        };

        DeliveryOutcome outcome = new RetryingDelivery(2, Duration.ZERO, recordPause(true)).deliver(faulty, ALERT);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                failed -> assertThat(failed.last()).hasMessageContaining("kaputt").hasCauseInstanceOf(IllegalStateException.class));
    }

    @Test
    void channelThrowingAnErrorCountsAsFailedAttempt() {
        Channel recursing = alert -> {
            throw new StackOverflowError();
        };

        DeliveryOutcome outcome = new RetryingDelivery(2, Duration.ZERO, recordPause(true)).deliver(recursing, ALERT);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                failed -> assertThat(failed.last()).hasCauseInstanceOf(StackOverflowError.class));
    }

    private RetryingDelivery.Pause recordPause(boolean keepGoing) {
        return duration -> {
            pauses.add(duration);
            return keepGoing;
        };
    }

    private static Channel failingTimes(int failures) {
        AtomicInteger attempts = new AtomicInteger();
        return alert -> {
            int attempt = attempts.incrementAndGet();
            if (attempt <= failures) {
                throw new DeliveryException(alert.subscriptionId(), "test", 503, "busy at attempt " + attempt);
            }
        };
    }
}
