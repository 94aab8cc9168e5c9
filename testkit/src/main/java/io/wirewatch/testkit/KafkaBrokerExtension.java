package io.wirewatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import io.wirewatch.broker.EmbeddedKafkaBroker;

/**
 * Gives integration tests a real Kafka broker, one per test JVM, started on first use and
 * stopped when the JVM's tests are done.
 *
 * <p>Which broker (each setting an environment variable or a system property):
 * <ul>
 *   <li>{@code WIREWATCH_TEST_BOOTSTRAP=host:port} — an external cluster, used as it is;</li>
 *   <li>{@code WIREWATCH_TEST_BROKER=testcontainers} — Testcontainers' {@code apache/kafka} image
 *       ({@code WIREWATCH_TEST_KAFKA_IMAGE} to choose the tag); without a Docker engine the tests
 *       are skipped, not failed;</li>
 *   <li>otherwise an in-JVM KRaft node ({@link EmbeddedKafkaBroker}) in a temporary directory.</li>
 * </ul>
 * All tests of a JVM share the broker, so they use unique topic names or application ids where
 * they need isolation.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback {

    /** Environment variable (or system property) naming an external cluster's bootstrap servers. */
    public static final String EXTERNAL_BOOTSTRAP = "WIREWATCH_TEST_BOOTSTRAP";
    /** Environment variable (or system property): {@code embedded} (default) or {@code testcontainers}. */
    public static final String BROKER_KIND = "WIREWATCH_TEST_BROKER";
    /** Environment variable (or system property): the image Testcontainers runs. */
    public static final String KAFKA_IMAGE = "WIREWATCH_TEST_KAFKA_IMAGE";
    static final String DEFAULT_IMAGE = "apache/kafka:4.1.0";

    private static volatile String bootstrapServers;

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes its values when the whole test plan is done: one broker per JVM.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KafkaBrokerExtension.class, key -> startBroker(), BrokerResource.class);
    }

    /** Bootstrap servers of this JVM's broker; valid inside tests of a class using this extension. */
    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("no broker: annotate the test class with @ExtendWith(KafkaBrokerExtension.class)");
        }
        return bootstrapServers;
    }

    /** A name unique to this JVM run, for topics, groups and application ids that must not collide. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static BrokerResource startBroker() {
        String external = setting(EXTERNAL_BOOTSTRAP, "");
        if (!external.isBlank()) {
            bootstrapServers = external;
            return new BrokerResource(null, null, null);
        }
        if (setting(BROKER_KIND, "embedded").equals("testcontainers")) {
            Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                    "WIREWATCH_TEST_BROKER=testcontainers but no Docker engine is reachable: skipping");
            KafkaContainer container = new KafkaContainer(DockerImageName.parse(setting(KAFKA_IMAGE, DEFAULT_IMAGE))
                    .asCompatibleSubstituteFor("apache/kafka"));
            container.start();
            bootstrapServers = container.getBootstrapServers();
            return new BrokerResource(null, null, container);
        }
        try {
            Path dir = Files.createTempDirectory("wirewatch-test-kafka");
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0, Map.of());
            bootstrapServers = broker.bootstrapServers();
            return new BrokerResource(broker, dir, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the test broker", e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null ? fallback : value.trim();
    }

    /** Stops the embedded broker and removes its data when the test JVM's plan is done. */
    private record BrokerResource(EmbeddedKafkaBroker broker, Path dir, KafkaContainer container)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException {
            if (container != null) {
                container.stop();
            }
            if (broker != null) {
                broker.close();
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            bootstrapServers = null;
        }
    }
}
