package io.wirewatch.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code ops} block: the process's own HTTP server for health checks and metrics.
 *
 * @param port TCP port of {@code /health/live}, {@code /health/ready} and {@code /metrics}; 0 picks a free one
 * @param bind address the server listens on
 */
public record OpsSettings(
        @JsonProperty("port")
        Integer port,
        @JsonProperty("bind")
        String bind) {

    public static final int DEFAULT_PORT = 8081;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public OpsSettings {
        port = port == null ? DEFAULT_PORT : port;
        bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.trim();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("ops.port: must be between 0 and 65535, was " + port);
        }
    }

    public static OpsSettings defaults() {
        return new OpsSettings(null, null);
    }
}
