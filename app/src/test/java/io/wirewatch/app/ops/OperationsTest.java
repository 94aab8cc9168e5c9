package io.wirewatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.Test;

import io.wirewatch.app.config.OpsSettings;
import io.wirewatch.events.Json;

/** The health and metrics server over real HTTP, with no broker behind it. */
class OperationsTest {

    @Test
    void notReadyWithTheBrokerNamedWhileLiveAndMetricsAnswer() throws Exception {
        try (Operations ops = Operations.start(new OpsSettings(0, "127.0.0.1"), Map.of("bootstrap.servers", "127.0.0.1:" + closedPort()))) {
            ops.ready("ingest", () -> HealthCheck.Status.ready("1 of 1 sources polled"));

            HttpResponse<String> ready = OpsHttp.get(ops.port(), "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode body = Json.read(ready.body(), JsonNode.class);
            assertThat(body.path("status").asText()).isEqualTo("not ready");
            assertThat(body.path("checks").path("broker").path("ready").asBoolean()).isFalse();
            assertThat(body.path("checks").path("broker").path("detail").asText()).startsWith("cluster unreachable");
            assertThat(body.path("checks").path("ingest").path("ready").asBoolean()).isTrue();

            assertThat(OpsHttp.get(ops.port(), "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = OpsHttp.get(ops.port(), "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValue(OpsServer.PROMETHEUS_TEXT);
            assertThat(OpsHttp.sample(metrics.body(), "jvm_threads_live_threads")).isPresent();
        }
    }

    @Test
    void wirewatchMetersRecordedOnTheGlobalRegistryAreExportedWhileOpen() throws Exception {
        try (Operations ops = Operations.start(new OpsSettings(0, "127.0.0.1"), Map.of("bootstrap.servers", "127.0.0.1:" + closedPort()))) {
            Metrics.counter("wirewatch.test.events", "kind", "probe").increment(2);
            assertThat(OpsHttp.sample(OpsHttp.get(ops.port(), "/metrics").body(), "wirewatch_test_events_total", "kind=\"probe\""))
                    .hasValue(2.0);
        }
        assertThat(Metrics.globalRegistry.getRegistries()).as("closed: the registry left the global one").isEmpty();
    }

    @Test
    void unknownPathsAndMethodsAreRefused() throws Exception {
        try (Operations ops = Operations.start(new OpsSettings(0, "127.0.0.1"), Map.of("bootstrap.servers", "127.0.0.1:" + closedPort()))) {
            assertThat(OpsHttp.get(ops.port(), "/").statusCode()).isEqualTo(404);
            assertThat(OpsHttp.get(ops.port(), "/health/live/extra").statusCode()).isEqualTo(404);
            assertThat(OpsHttp.get(ops.port(), "/admin").statusCode()).isEqualTo(404);
            HttpResponse<String> post = OpsHttp.send(ops.port(), "/metrics", "POST");
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void aPortInUseFailsNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> Operations.start(new OpsSettings(taken.getLocalPort(), "127.0.0.1"),
                    Map.of("bootstrap.servers", "127.0.0.1:" + closedPort())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("WIREWATCH_OPS_PORT");
        }
        assertThat(Metrics.globalRegistry.getRegistries()).isEmpty();
    }

    @Test
    void readinessIsFalseUntilAPartRegistersAndWhenACheckThrows() {
        Readiness readiness = new Readiness();
        assertThat(readiness.evaluate().ready()).isFalse();
        readiness.register("a", () -> HealthCheck.Status.ready("fine"));
        assertThat(readiness.evaluate().ready()).isTrue();
        readiness.register("b", () -> {
            throw new IllegalStateException("boom");
        });
        Readiness.Report report = readiness.evaluate();
        assertThat(report.ready()).isFalse();
        assertThat(report.checks().get("b").detail()).contains("boom");
        assertThatThrownBy(() -> readiness.register("a", () -> HealthCheck.Status.ready("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
