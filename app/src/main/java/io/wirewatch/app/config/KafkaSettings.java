package io.wirewatch.app.config;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

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
        String bootstrap,
        @JsonProperty("port")
        Integer port,
        @JsonProperty("partitions")
        Integer partitions,
        @JsonProperty("replicationFactor")
        Short replicationFactor,
        @JsonProperty("client")
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

    /** Like the record's own, with credentials among the client settings masked. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(client);
        shown.replaceAll((name, value) -> SecretValues.isSecretClientSetting(name) ? "***" : value);
        return "KafkaSettings[bootstrap=" + bootstrap + ", port=" + port + ", partitions=" + partitions
                + ", replicationFactor=" + replicationFactor + ", client=" + shown + "]";
    }

    public KafkaSettings withBootstrap(String servers) {
        return new KafkaSettings(servers, port, partitions, replicationFactor, client);
    }
}
