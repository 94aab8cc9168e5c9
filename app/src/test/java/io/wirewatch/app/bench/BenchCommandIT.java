package io.wirewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;
import io.wirewatch.events.Json;

/**
 * {@code wirewatch bench} as a user runs it: its own embedded broker, the real services, a small stream.
 * A reorder grace of 2 s (the buffer stays in the topology) keeps the latency phase at 20 s plus 2 s
 * rather than 20 s plus run's 2 minutes.
 */
class BenchCommandIT {

    @Test
    void smallRunPrintsEveryFigureAsItsLastLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("bench", "--articles", "300", "--rules", "50", "--subscriptions", "20", "--rate", "50",
                "--reorder-grace", "2s");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().strip().lines().toList();
        JsonNode summary = Json.read(lines.get(lines.size() - 1), JsonNode.class);
        assertThat(summary.path("articles").asInt()).isEqualTo(300);
        for (String rate : List.of("articlesPerSec", "passthroughPerSec", "processorToPassthrough", "heapPeakMb")) {
            assertThat(summary.path(rate).asDouble()).as(rate).isPositive();
        }
        assertThat(summary.path("e2eAlerts").asInt()).isPositive();
        assertThat(summary.path("e2eLatencyP50Ms").asDouble()).isPositive();
        assertThat(summary.path("e2eLatencyP99Ms").asDouble()).isGreaterThanOrEqualTo(summary.path("e2eLatencyP50Ms").asDouble());
        assertThat(summary.path("latencyArticles").asInt()).isEqualTo(50 * 20);
        for (String stage : List.of("ingestPublish", "copyDetection", "claims", "alerts")) {
            assertThat(summary.path("stages").path(stage).isNumber()).as(stage).isTrue();
            assertThat(summary.path("stagesP99").path(stage).asDouble()).as(stage + ": the tail is at least the median")
                    .isGreaterThanOrEqualTo(summary.path("stages").path(stage).asDouble());
        }
        assertThat(summary.path("copies").asInt()).isBetween(60, 180);
        assertThat(summary.path("reorderGraceMs").asLong()).isEqualTo(2_000);
        assertThat(summary.path("broker").asText()).isEqualTo("embedded");
        assertThat(err.toString()).contains("bench: passthrough", "latency phase");
    }
}
