package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the shaded {@code wirewatch.jar} as a user does, in a working directory of its own, on free ports. */
public final class WirewatchJar {

    private WirewatchJar() {
    }

    /**
     * {@code java -jar wirewatch.jar ARGS} in {@code workDir}, stderr to {@code workDir/stderr.log},
     * the embedded broker, the health server and the dashboard on free ports.
     */
    public static ProcessBuilder command(Path workDir, String... args) throws IOException {
        Path jar = Path.of("target", "wirewatch.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar is built in the package phase").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("stderr.log").toFile());
        builder.environment().put("WIREWATCH_KAFKA_PORT", String.valueOf(freePort()));
        builder.environment().put("WIREWATCH_OPS_PORT", "0");
        builder.environment().put("WIREWATCH_DASHBOARD_PORT", "0");
        return builder;
    }

    /**
     * {@code run --only SERVICE --config CONFIG} in a working directory {@code dir} of its own, stderr to
     * {@code log}, stdout discarded (no pipe that fills up).
     */
    public static Process runOnly(Path dir, String service, Path config, Path log) throws IOException {
        Files.createDirectories(dir);
        return command(dir, "run", "--only", service, "--config", config.toString())
                .redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
