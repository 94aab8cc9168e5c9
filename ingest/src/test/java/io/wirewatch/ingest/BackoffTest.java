package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void doublesPerFailureUpToTheCeilingAndPausesAfterFiveFailures() {
        assertThat(Backoff.delay(FIVE_MINUTES, 0, null)).isEqualTo(FIVE_MINUTES);
        assertThat(Backoff.delay(FIVE_MINUTES, 1, null)).isEqualTo(Duration.ofMinutes(10));
        assertThat(Backoff.delay(FIVE_MINUTES, 3, null)).isEqualTo(Duration.ofMinutes(40));
        assertThat(Backoff.delay(FIVE_MINUTES, 4, null)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.paused(4)).isFalse();
        assertThat(Backoff.paused(5)).isTrue();
        assertThat(Backoff.delay(FIVE_MINUTES, 9, null)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void retryAfterIsHonouredWhenLonger() {
        assertThat(Backoff.delay(FIVE_MINUTES, 1, Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
        assertThat(Backoff.delay(FIVE_MINUTES, 1, Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aLongIntervalIsNeverShortenedByTheCeiling() {
        assertThat(Backoff.delay(Duration.ofHours(6), 3, null)).isEqualTo(Duration.ofHours(6));
    }
}
