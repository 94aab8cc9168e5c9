package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

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
        Path jar = Path.of("target", "wirewatch.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar is built in the package phase").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "run")
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("stderr.log").toFile());
        builder.environment().put("WIREWATCH_KAFKA_PORT", String.valueOf(freePort()));
        int dashboardPort = freePort();
        builder.environment().put("WIREWATCH_DASHBOARD_PORT", String.valueOf(dashboardPort));
        Process process = builder.start();
        List<String> stdout = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(stdout::add);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
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
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(stdout).allSatisfy(line -> assertThat(Json.read(line, JsonNode.class).has("storyId")).isTrue());
        assertThat(workDir.resolve("data/kafka/meta.properties")).exists();
    }

    private String stderr() throws IOException {
        return Files.readString(workDir.resolve("stderr.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
