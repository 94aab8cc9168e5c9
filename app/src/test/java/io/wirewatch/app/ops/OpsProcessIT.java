package io.wirewatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.app.run.WirewatchJar;
import io.wirewatch.events.Json;

/**
 * {@code java -jar wirewatch.jar run --log-format json} as a container runs it: ready over HTTP,
 * metrics counted, stderr JSON lines without a warning, and a stop within ten seconds of SIGTERM.
 */
class OpsProcessIT {

    /** SIGTERM ends the JVM with 128 + 15 once the shutdown hook has stopped every service. */
    private static final int EXIT_ON_SIGTERM = 143;

    @TempDir
    Path workDir;

    @Test
    void demoInJsonLogsIsReadyCountsStartsWithoutWarningsAndStopsWithinTenSeconds() throws Exception {
        int opsPort = WirewatchJar.freePort();
        ProcessBuilder builder = WirewatchJar.command(workDir, "run", "--log-format", "json")
                .redirectOutput(workDir.resolve("stdout.log").toFile());
        builder.environment().put("WIREWATCH_OPS_PORT", String.valueOf(opsPort));
        Process process = builder.start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> !process.isAlive()
                    || lines("stdout.log").size() >= 3);
            assertThat(process.isAlive()).as("stderr: %s", lines("stderr.log")).isTrue();

            assertThat(OpsHttp.get(opsPort, "/health/live").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(OpsHttp.get(opsPort, "/health/ready").statusCode()).isEqualTo(200));
            String metrics = OpsHttp.get(opsPort, "/metrics").body();
            assertThat(OpsHttp.sample(metrics, "wirewatch_ingest_articles_published_total").orElse(0)).isGreaterThan(0);
            assertThat(OpsHttp.sample(metrics, "wirewatch_alerts_deliveries_total", "channel=\"console\"", "outcome=\"delivered\""))
                    .hasValue(3.0);
        } finally {
            process.destroy(); // SIGTERM
        }
        long stopping = System.nanoTime();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stops within 10 s of SIGTERM").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
        assertThat(process.exitValue()).isEqualTo(EXIT_ON_SIGTERM);

        assertThat(lines("stdout.log")).hasSize(3).allSatisfy(line -> assertThat(Json.read(line, JsonNode.class).has("storyId")).isTrue());
        List<JsonNode> logs = lines("stderr.log").stream().map(line -> Json.read(line, JsonNode.class)).toList();
        assertThat(logs).as("every stderr line is a JSON object").isNotEmpty();
        assertThat(logs).filteredOn(line -> !line.path("level").asText().matches("INFO|DEBUG|TRACE"))
                .filteredOn(line -> !knownTransactionRetry(line))
                .filteredOn(line -> !knownFirstAssignment(line))
                .as("a healthy start and stop log no warning").isEmpty();
        assertThat(logs).allSatisfy(line -> assertThat(line.path("context").path("properties").path("service").asText())
                .isEqualTo("ingest,processor,alerts,dashboard"));
        assertThat(logs).anySatisfy(line -> assertThat(line.path("mdc").path("source").asText()).isNotEmpty());
        assertThat(logs.get(logs.size() - 1).path("formattedMessage").asText()).as("the last line says the stop finished")
                .startsWith("wirewatch stopped");
    }

    /**
     * Kafka's transactional producer at its first start sometimes retries a send with
     * CONCURRENT_TRANSACTIONS and gets OUT_OF_ORDER_SEQUENCE answers (transactions v2) before it
     * succeeds; the broker logs them as errors. It is not filtered from the logs (a broker error stays
     * visible), so this test leaves those exact lines out rather than fail on Kafka's transient.
     */
    private static boolean knownTransactionRetry(JsonNode line) {
        String text = line.path("formattedMessage").asText() + line.path("throwable").path("message").asText();
        return (line.path("loggerName").asText().endsWith("producer.internals.Sender") || line.path("loggerName").asText().equals("kafka.server.ReplicaManager"))
                && (text.contains("CONCURRENT_TRANSACTIONS") || text.contains("OUT_OF_ORDER_SEQUENCE") || text.contains("OutOfOrderSequence")
                    || text.contains("Invalid sequence number"));
    }

    /**
     * The group leader's first assignment can come before the consumer's metadata knows a repartition topic
     * the topology just created; Kafka's {@code ConsumerCoordinator} then warns that the topic is "not assigned
     * to any members" and the next rebalance assigns it. Seen on a loaded machine only.
     */
    private static boolean knownFirstAssignment(JsonNode line) {
        return line.path("loggerName").asText().endsWith("ConsumerCoordinator")
                && line.path("formattedMessage").asText().contains("not assigned to any members");
    }

    private List<String> lines(String file) throws IOException {
        Path path = workDir.resolve(file);
        return Files.exists(path) ? Files.readAllLines(path).stream().filter(line -> !line.isBlank()).toList() : List.of();
    }
}
