package io.wirewatch.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single KRaft node (broker and controller in one) running inside this JVM.
 *
 * <p>The log directory is formatted on first start and reused afterwards, so topics, committed
 * offsets and Kafka Streams changelogs survive a restart on the same directory. Settings are those
 * of a one-node cluster: every internal topic has replication factor 1 and min ISR 1, and consumer
 * groups start without the initial rebalance delay.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int port;
    private final KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, int port, KafkaRaftServer server) {
        this.logDir = logDir;
        this.port = port;
        this.server = server;
    }

    /**
     * Formats {@code logDir} if it is new and starts the node; returns once clients can connect.
     *
     * @param logDir where the node keeps its data (created if missing)
     * @param port   the client port on localhost; 0 picks a free one
     * @param overrides broker settings that replace the defaults (for example {@code num.partitions})
     * @throws BrokerStartException if the node does not come up, with the reason
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, Map<String, String> overrides) {
        int clientPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties(logDir, clientPort, controllerPort);
            props.putAll(overrides);
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            formatIfNew(logDir);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(logDir, clientPort, server);
            broker.awaitReady(Duration.ofSeconds(60));
            return broker;
        } catch (BrokerStartException e) {
            throw e;
        } catch (Exception e) {
            throw new BrokerStartException("embedded Kafka broker did not start on localhost:" + clientPort
                    + " with data in " + logDir + ": " + e.getMessage(), e);
        }
    }

    /** {@code localhost:PORT}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the node and waits until it has stopped; the data stays for the next start. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path logDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        // One node: every internal topic must be satisfiable by a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MiB buffer is wasted on a laptop-sized node.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    private static void formatIfNew(Path logDir) throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toAbsolutePath().toString()))
                .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setIgnoreFormatted(true)
                .run();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new BrokerStartException("embedded Kafka broker at " + bootstrapServers()
                    + " did not answer within " + timeout.toSeconds() + " s", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        }
    }
}
