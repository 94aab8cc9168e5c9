package io.wirewatch.app.config;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The {@code kafka} block.
 *
 * @param bootstrap         bootstrap servers of an existing cluster; absent = embedded broker
 * @param port              client port of the embedded broker
 * @param partitions        partitions of the topics created at start-up
 * @param replicationFactor replication factor of the topics created at start-up
 * @param client            settings passed unchanged to every Kafka client (producer, consumer, admin, streams)
 */
public record KafkaSettings(
        @JsonProperty("bootstrap")
        @JsonPropertyDescription("Bootstrap servers of an existing Kafka cluster. When absent, an embedded single-node broker runs in this JVM.")
        String bootstrap,
        @JsonProperty("port")
        @JsonPropertyDescription("Client port of the embedded broker on localhost (default 9092).")
        Integer port,
        @JsonProperty("partitions")
        @JsonPropertyDescription("Partitions of the topics wirewatch creates at start-up (default 3).")
        Integer partitions,
        @JsonProperty("replicationFactor")
        @JsonPropertyDescription("Replication factor of the topics wirewatch creates at start-up (default 1; use 3 on a real cluster).")
        Short replicationFactor,
        @JsonProperty("client")
        @JsonPropertyDescription("Kafka client settings passed straight through to every producer, consumer, admin client and Streams app, e.g. security.protocol, sasl.mechanism.")
        Map<String, String> client) {

    public static final int DEFAULT_PORT = 9092;

    public KafkaSettings {
        bootstrap = bootstrap == null || bootstrap.isBlank() ? null : bootstrap.trim();
        port = port == null ? DEFAULT_PORT : port;
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        client = client == null ? Map.of() : Map.copyOf(client);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("kafka.port: must be between 0 and 65535, was " + port);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("kafka.partitions: must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("kafka.replicationFactor: must be at least 1, was " + replicationFactor);
        }
        if (client.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("kafka.client.bootstrap.servers: set kafka.bootstrap instead");
        }
    }

    public static KafkaSettings defaults() {
        return new KafkaSettings(null, null, null, null, null);
    }

    public boolean embedded() {
        return bootstrap == null;
    }

    /** The pass-through client settings plus {@code bootstrap.servers}. */
    public Map<String, Object> clientProperties(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>(client);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    public KafkaSettings withBootstrap(String servers) {
        return new KafkaSettings(servers, port, partitions, replicationFactor, client);
    }
}
