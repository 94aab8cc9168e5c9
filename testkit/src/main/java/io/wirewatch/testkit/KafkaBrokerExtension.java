package io.wirewatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.wirewatch.broker.EmbeddedKafkaBroker;

/**
 * Gives integration tests a real Kafka broker, one per test JVM, started on first use and
 * stopped when the JVM's tests are done.
 *
 * <p>Which broker: {@code WIREWATCH_TEST_BOOTSTRAP} (environment variable or system property)
 * names an external cluster to use as it is; otherwise an in-JVM KRaft node
 * ({@link EmbeddedKafkaBroker}) in a temporary directory. Tests must therefore use unique topic
 * names or application ids where they need isolation.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback {

    /** Environment variable (or system property) naming an external cluster's bootstrap servers. */
    public static final String EXTERNAL_BOOTSTRAP = "WIREWATCH_TEST_BOOTSTRAP";

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
        String external = System.getProperty(EXTERNAL_BOOTSTRAP, System.getenv(EXTERNAL_BOOTSTRAP));
        if (external != null && !external.isBlank()) {
            bootstrapServers = external;
            return new BrokerResource(null, null);
        }
        try {
            Path dir = Files.createTempDirectory("wirewatch-test-kafka");
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0, Map.of());
            bootstrapServers = broker.bootstrapServers();
            return new BrokerResource(broker, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the test broker", e);
        }
    }

    /** Stops the embedded broker and removes its data when the test JVM's plan is done. */
    private record BrokerResource(EmbeddedKafkaBroker broker, Path dir) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException {
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
