package io.wirewatch.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Json;

/**
 * The benchmark's harness on tiny numbers, so that its code cannot rot: a real broker, the real alerts
 * service and receiver, 20 subscriptions over 10 rules and a few seconds of articles. It asserts that
 * alerts arrive and the summary parses, nothing about speed.
 */
class AlertsLatencyIT {

    @Test
    void aFewSecondsOfLoadDeliverEveryExpectedAlertAndPrintASummary() throws Exception {
        // Every original carries a claim, so each of the 20 articles' claims reaches a few subscriptions.
        String[] args = {"--subscriptions", "20", "--rules", "10", "--webhooks", "5", "--rate", "10", "--warm-up", "0",
            "--measure", "2", "--drain", "20", "--claim-share", "1", "--partitions", "1"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlertsLatency.report(AlertsLatency.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8));
        System.err.print(out.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));

        assertThat(summary.get("benchmark").asText()).isEqualTo("alerts-latency");
        assertThat(summary.get("subscriptions").asInt()).isEqualTo(20);
        assertThat(summary.get("expected").asLong()).isPositive();
        // Claims carry their articles' sources, so source-filtered subscriptions are judged the same whichever
        // arrives first, the claim or its articles: every expected alert arrives, and nothing else.
        assertThat(summary.get("expectedSourceFiltered").asLong()).as("alerts at source-filtered subscriptions").isPositive();
        assertThat(summary.get("missing").asLong()).isZero();
        assertThat(summary.get("unexpected").asLong()).isZero();
        assertThat(summary.get("received").asLong()).isPositive().isEqualTo(summary.get("expected").asLong());
        assertThat(summary.get("cpuCores").asDouble()).isPositive();
        assertThat(summary.get("deliveries").asLong()).isGreaterThanOrEqualTo(summary.get("received").asLong());
        assertThat(summary.get("p99Ms").asDouble()).isPositive().isLessThanOrEqualTo(summary.get("maxMs").asDouble());
    }
}
