package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant T0 = Instant.parse("2024-05-15T08:00:00Z");

    @Test
    void delayDoublesPerRoundUpToTheCap() {
        RetryPolicy upper = new RetryPolicy(Duration.ofSeconds(4), Duration.ofMinutes(1), Duration.ofHours(24), () -> 0.999_999);

        assertThat(upper.delay(1)).isBetween(Duration.ofMillis(3_990), Duration.ofSeconds(4));
        assertThat(upper.delay(2)).isBetween(Duration.ofMillis(7_990), Duration.ofSeconds(8));
        assertThat(upper.delay(5)).isBetween(Duration.ofMillis(59_990), Duration.ofMinutes(1));
        assertThat(upper.delay(40)).isBetween(Duration.ofMillis(59_990), Duration.ofMinutes(1));
    }

    @Test
    void jitterKeepsAtLeastHalfTheDelay() {
        RetryPolicy lower = new RetryPolicy(Duration.ofSeconds(4), Duration.ofMinutes(1), Duration.ofHours(24), () -> 0.0);

        assertThat(lower.delay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(lower.delay(3)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void keepsTryingThroughAnOutageOfHoursAndGivesUpAfterRetryFor() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(4), Duration.ofHours(1), Duration.ofHours(24), () -> 0.5);

        Instant now = T0;
        int rounds = 0;
        while (true) {
            var due = policy.next(rounds + 1, T0, now);
            if (due.isEmpty()) {
                break;
            }
            now = due.get();
            rounds++;
        }

        assertThat(Duration.between(T0, now)).as("last round").isBetween(Duration.ofHours(23), Duration.ofHours(24));
        assertThat(rounds).as("rounds over 24 h with a 1 h cap").isBetween(24, 40);
        assertThat(new RetryPolicy(Duration.ofSeconds(4), Duration.ofHours(1), Duration.ZERO, () -> 0.5).next(1, T0, T0)).isEmpty();
    }
}
