package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The settings the alerts service runs Kafka Streams with. */
class AlertsStreamsPropertiesTest {

    @Test
    void exactlyOnceWithAPollThatDoesNotHoldADueCommitBack() {
        Map<String, Object> byDefault = AlertsService.streamsProperties(AlertsConfig.defaults(),
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092"), Path.of("state"));
        Map<String, Object> fasterCommits = AlertsService.streamsProperties(AlertsConfig.defaults(),
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092", StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "20"),
                Path.of("state"));

        assertThat(byDefault.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(new StreamsConfig(byDefault).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(100L);
        assertThat(new StreamsConfig(byDefault).getLong(StreamsConfig.POLL_MS_CONFIG)).isEqualTo(10L);
        assertThat(new StreamsConfig(fasterCommits).getLong(StreamsConfig.POLL_MS_CONFIG))
                .as("kafka.client.commit.interval.ms sets the alerts service's commits").isEqualTo(2L);
    }
}
