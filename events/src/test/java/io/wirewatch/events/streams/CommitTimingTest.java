package io.wirewatch.events.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class CommitTimingTest {

    @Test
    void pollsForATenthOfTheCommitIntervalWithinFiveMillisecondsAndStreamsDefault() {
        assertThat(CommitTiming.pollMsFor(100)).isEqualTo(10);
        assertThat(CommitTiming.pollMsFor(60)).isEqualTo(6);
        assertThat(CommitTiming.pollMsFor(20)).as("an idle thread does not wake every 2 ms").isEqualTo(5);
        assertThat(CommitTiming.pollMsFor(3)).as("never longer than the interval").isEqualTo(3);
        assertThat(CommitTiming.pollMsFor(0)).as("never a busy loop").isEqualTo(1);
        assertThat(CommitTiming.pollMsFor(30_000)).as("never longer than Streams' own default").isEqualTo(100);
    }

    @Test
    void derivesThePollFromTheSettingsCommitIntervalOrStreamsExactlyOnceDefault() {
        Properties configured = new Properties();
        configured.put(CommitTiming.COMMIT_INTERVAL_KEY, 400L);
        CommitTiming.pollWithinCommitInterval(configured);
        assertThat(configured.get(CommitTiming.POLL_KEY)).isEqualTo(40L);

        Map<String, Object> asText = new HashMap<>(Map.of(CommitTiming.COMMIT_INTERVAL_KEY, " 50 "));
        CommitTiming.pollWithinCommitInterval(asText);
        assertThat(asText.get(CommitTiming.POLL_KEY)).as("a value from the environment is text").isEqualTo(5L);
        asText = new HashMap<>(Map.of(CommitTiming.COMMIT_INTERVAL_KEY, " 80 "));
        CommitTiming.pollWithinCommitInterval(asText);
        assertThat(asText.get(CommitTiming.POLL_KEY)).isEqualTo(8L);

        Map<String, Object> unset = new HashMap<>();
        CommitTiming.pollWithinCommitInterval(unset);
        assertThat(unset.get(CommitTiming.POLL_KEY)).as("Streams commits every 100 ms under exactly-once").isEqualTo(10L);
    }

    @Test
    void aPollOfTheSettingsWins() {
        Map<String, Object> props = new HashMap<>(Map.of(CommitTiming.COMMIT_INTERVAL_KEY, 100L, CommitTiming.POLL_KEY, "250"));
        CommitTiming.pollWithinCommitInterval(props);
        assertThat(props.get(CommitTiming.POLL_KEY)).isEqualTo("250");
    }

    @Test
    void aCommitIntervalThatIsNoNumberIsNamed() {
        Map<String, Object> props = new HashMap<>(Map.of(CommitTiming.COMMIT_INTERVAL_KEY, "100ms"));
        assertThatThrownBy(() -> CommitTiming.pollWithinCommitInterval(props))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commit.interval.ms").hasMessageContaining("100ms");
    }
}
