package io.wirewatch.app.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.AlertsService;
import io.wirewatch.app.config.KafkaSettings;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.kafka.TopicAdmin;
import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.ingest.IngestService;
import io.wirewatch.processor.ProcessorService;

/**
 * Starts the selected services against the configured cluster, or against an embedded broker
 * whose data lives in {@code <data>/kafka}, and stops them in reverse order.
 *
 * <p>Start order is processor, alerts, ingest: consumers are up before the first article is
 * published. Every service keeps its state under the data directory, so a restart on the same
 * directory resumes where it stopped and re-sends nothing.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final String bootstrapServers;
    private final CompletableFuture<String> failure = new CompletableFuture<>();

    private Pipeline(WirewatchConfig config, Set<Service> services, PrintStream console) {
        Path data = config.dataDir().toAbsolutePath();
        KafkaSettings kafka = config.kafka();
        try {
            if (kafka.embedded()) {
                LOG.info("No kafka.bootstrap configured: starting the embedded broker on localhost:{} with data in {}",
                        kafka.port(), data.resolve("kafka"));
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), kafka.port(), Map.of());
                started.push(broker);
                bootstrapServers = broker.bootstrapServers();
            } else {
                bootstrapServers = kafka.bootstrap();
            }
            Map<String, Object> client = kafka.clientProperties(bootstrapServers);
            TopicAdmin.ensureTopics(client, kafka.partitions(), kafka.replicationFactor());
            if (services.contains(Service.PROCESSOR)) {
                ProcessorService processor = new ProcessorService(config.processorConfig(), client, data.resolve("processor"));
                started.push(processor);
                processor.failure().onFailure(failure::complete);
                processor.start();
            }
            if (services.contains(Service.ALERTS)) {
                AlertsService alerts = new AlertsService(config.alertsConfig(), client, data.resolve("alerts"), console);
                started.push(alerts);
                alerts.failure().onFailure(failure::complete);
                alerts.start();
            }
            if (services.contains(Service.INGEST)) {
                IngestService ingest = new IngestService(config.ingestConfig(), client, data.resolve("ingest"));
                started.push(ingest);
                ingest.failure().onFailure(failure::complete);
                ingest.start();
            }
            LOG.info("wirewatch is running: {} against {}", services, bootstrapServers);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts the services.
     *
     * @param console where the console alert channel prints its JSON lines (stdout in the CLI)
     */
    public static Pipeline start(WirewatchConfig config, Set<Service> services, PrintStream console) {
        return new Pipeline(config, services, console);
    }

    /**
     * Completes with one line saying why, once a service can no longer do its work (Kafka Streams in
     * ERROR, an {@link Error} in a poller): the process must then stop rather than stay up doing nothing.
     */
    public CompletableFuture<String> failure() {
        return failure;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops every started service, newest first; one failing to stop does not keep the others running. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable service = started.pop();
            try {
                service.close();
            } catch (Exception e) {
                LOG.warn("{} did not stop cleanly: {}", service.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
