package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The settings the alerts service runs Kafka Streams with. */
class AlertsStreamsPropertiesTest {

    @Test
    void exactlyOnceWithAPollThatDoesNotHoldADueCommitBack() {
        Map<String, Object> byDefault = AlertsService.streamsProperties(AlertsConfig.defaults(),
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092"), Path.of("state"));
        AlertsConfig slower = new AlertsConfig(null, null, null, null, null, null, null, null, null, null,
                Duration.ofMillis(400), null);
        Map<String, Object> configured = AlertsService.streamsProperties(slower,
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092", StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50"),
                Path.of("state"));

        assertThat(byDefault.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(new StreamsConfig(byDefault).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(20L);
        assertThat(new StreamsConfig(byDefault).getLong(StreamsConfig.POLL_MS_CONFIG)).isEqualTo(5L);
        assertThat(new StreamsConfig(configured).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .as("alerts.commitInterval wins over kafka.client, as processor.commitInterval does").isEqualTo(400L);
        assertThat(new StreamsConfig(configured).getLong(StreamsConfig.POLL_MS_CONFIG)).isEqualTo(40L);
    }

    @Test
    void aCommitIntervalThatIsNotPositiveIsRefusedByName() {
        AlertsConfig zero = new AlertsConfig(null, null, null, null, null, null, null, null, null, null, Duration.ZERO, null);

        assertThatThrownBy(() -> zero.validate(Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alerts.commitInterval: must be positive");
    }
}
