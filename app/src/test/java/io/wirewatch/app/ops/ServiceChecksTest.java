package io.wirewatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.SourceHealth;

class ServiceChecksTest {

    @Test
    void streamsAreReadyOnlyWhenRunning() {
        assertThat(ServiceChecks.streams(() -> KafkaStreams.State.RUNNING).check()).isEqualTo(HealthCheck.Status.ready("RUNNING"));
        assertThat(ServiceChecks.streams(() -> KafkaStreams.State.REBALANCING).check()).isEqualTo(HealthCheck.Status.notReady("REBALANCING"));
        assertThat(ServiceChecks.streams(() -> KafkaStreams.State.ERROR).check().ready()).isFalse();
    }

    @Test
    void ingestWaitsForEverySourceButAFailingOneOnlyShowsInTheDetail() {
        Instant now = Instant.parse("2024-01-05T10:00:00Z");
        Map<String, SourceHealth> sources = new LinkedHashMap<>();
        sources.put("ok", new SourceHealth(now, now, 0, false, null, 0, null, now));
        sources.put("broken", new SourceHealth(null, now, 2, false, "HTTP 503", 503, null, now));
        sources.put("slow", new SourceHealth(null, null, 0, false, null, 0, null, now));
        HealthCheck.Status waiting = ServiceChecks.sources(() -> sources).check();
        assertThat(waiting.ready()).isFalse();
        assertThat(waiting.detail()).isEqualTo("2 of 3 sources polled; waiting for slow; failing: broken");

        sources.put("slow", new SourceHealth(now, now, 0, false, null, 0, null, now));
        HealthCheck.Status polled = ServiceChecks.sources(() -> sources).check();
        assertThat(polled.ready()).isTrue();
        assertThat(polled.detail()).isEqualTo("3 of 3 sources polled; failing: broken");
    }

    @Test
    void dispatcherIsReadyOnceAssigned() {
        assertThat(ServiceChecks.dispatcher(() -> false).check().ready()).isFalse();
        assertThat(ServiceChecks.dispatcher(() -> true).check().ready()).isTrue();
    }
}
