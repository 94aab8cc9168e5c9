package io.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The settings the processor service runs Kafka Streams with. */
class ProcessorStreamsPropertiesTest {

    @Test
    void exactlyOnceWithLogAndContinueHandlersIncludingTheGlobalRulesStore() {
        Properties props = ProcessorService.streamsProperties(ProcessorConfig.defaults(),
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092", StreamsConfig.NUM_STREAM_THREADS_CONFIG, 5),
                Path.of("state"));
        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG))
                .as("a failing rule record is skipped like any other, and Streams does not warn at start").isEqualTo(true);
        assertThat(props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).as("a pass-through setting wins").isEqualTo(5);
        assertThat(new StreamsConfig(props).getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG)).isTrue();
    }

    @Test
    void commitsEveryCommitIntervalWhichWinsOverAPassThroughSetting() {
        Map<String, Object> passThrough = Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092", StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);

        Properties byDefault = ProcessorService.streamsProperties(ProcessorConfig.defaults(), passThrough, Path.of("state"));
        Properties configured = ProcessorService.streamsProperties(ProcessorConfig.defaults().withCommitInterval(Duration.ofMillis(400)),
                passThrough, Path.of("state"));

        assertThat(byDefault.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(20L);
        assertThat(configured.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(400L);
        assertThat(byDefault.get(StreamsConfig.POLL_MS_CONFIG))
                .as("a thread waiting for input must not hold a due commit back by Streams' 100 ms").isEqualTo(5L);
        assertThat(configured.get(StreamsConfig.POLL_MS_CONFIG)).isEqualTo(40L);
        assertThat(new StreamsConfig(configured).getLong(StreamsConfig.POLL_MS_CONFIG)).isEqualTo(40L);
        assertThatThrownBy(() -> ProcessorConfig.defaults().withCommitInterval(Duration.ZERO).validate())
                .hasMessage("processor.commitInterval: must be positive");
    }
}
