package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Json;

/**
 * {@code java -jar wirewatch.jar run} as a user starts it: the bundled demo on an embedded broker
 * prints alert JSON lines (and nothing else) on stdout and stops cleanly on SIGTERM.
 */
class RunCommandProcessIT {

    @TempDir
    Path workDir;

    @Test
    void demoPrintsAlertLinesAndStopsOnSigterm() throws Exception {
        int dashboardPort = WirewatchJar.freePort();
        List<String> stdout = new CopyOnWriteArrayList<>();
        RunningDemo demo = startDemo(WirewatchJar.freePort(), dashboardPort, stdout);
        Process process = demo.process();
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> !stdout.isEmpty() || !process.isAlive());
            assertThat(process.isAlive()).as("stderr: %s", stderr()).isTrue();
            JsonNode alert = Json.read(stdout.get(0), JsonNode.class);
            assertThat(alert.path("subscriptionId").asText()).isEqualTo("demo-desk");
            assertThat(alert.path("storyId").asText()).isNotBlank();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI stories = java.net.URI.create("http://127.0.0.1:" + dashboardPort + "/api/stories/" + alert.path("storyId").asText());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.send(
                    java.net.http.HttpRequest.newBuilder(stories).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("the dashboard lists the alerted story").isEqualTo(200));
        } finally {
            process.destroy(); // SIGTERM
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops within seconds of SIGTERM").isTrue();
        demo.reader().join(TimeUnit.SECONDS.toMillis(10));
        assertThat(stdout).allSatisfy(line -> assertThat(Json.read(line, JsonNode.class).has("storyId")).isTrue());
        assertThat(workDir.resolve("data/kafka/meta.properties")).exists();
    }

    /**
     * A second start on the same data directory exits at once with one line, touching nothing, and the
     * first goes on: it still prints alerts after the second gave up and stops cleanly.
     */
    @Test
    void aSecondStartOnTheSameDataDirectoryIsRefusedAndTheFirstGoesOn() throws Exception {
        int port = WirewatchJar.freePort();
        List<String> stdout = new CopyOnWriteArrayList<>();
        Process running = startDemo(port, WirewatchJar.freePort(), stdout).process();
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> !stdout.isEmpty() || !running.isAlive());
            assertThat(running.isAlive()).as("stderr: %s", stderr()).isTrue();

            // stderr joins stdout (redirectErrorStream overrides the stderr file): the one line is read below.
            ProcessBuilder second = WirewatchJar.command(workDir, "run").redirectErrorStream(true);
            Process refused = second.start();
            String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(refused.exitValue()).isNotZero();
            assertThat(output.strip()).doesNotContain("\n").startsWith("wirewatch: data directory")
                    .contains("is in use by another wirewatch process");

            // The first instance still works: the broker answers and its state was not touched.
            try (Admin admin = Admin.create(
                    Map.of("bootstrap.servers", "localhost:" + port))) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("news.alerts.v1");
            }
            assertThat(running.isAlive()).isTrue();
        } finally {
            running.destroy();
        }
        assertThat(running.waitFor(30, TimeUnit.SECONDS)).as("stops within seconds of SIGTERM").isTrue();
        assertThat(stderr()).doesNotContain("CorruptRecordException").doesNotContain("raft IO thread");
    }

    /** {@code java -jar wirewatch.jar run} in the work directory, broker and dashboard on the given ports; stdout lines are added to the list as they come. */
    private RunningDemo startDemo(int kafkaPort, int dashboardPort, List<String> stdout) throws IOException {
        ProcessBuilder builder = WirewatchJar.command(workDir, "run");
        builder.environment().put("WIREWATCH_KAFKA_PORT", String.valueOf(kafkaPort));
        builder.environment().put("WIREWATCH_DASHBOARD_PORT", String.valueOf(dashboardPort));
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(stdout::add);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new RunningDemo(process, reader);
    }

    private record RunningDemo(Process process, Thread reader) {
    }

    private String stderr() throws IOException {
        return Files.readString(workDir.resolve("stderr.log"));
    }
}
