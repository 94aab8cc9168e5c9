package io.wirewatch.app.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.AlertsService;
import io.wirewatch.app.config.KafkaSettings;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.kafka.TopicAdmin;
import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.dashboard.DashboardService;
import io.wirewatch.ingest.IngestService;
import io.wirewatch.processor.ProcessorService;

/**
 * Starts the selected services against the configured cluster, or against an embedded broker
 * whose data lives in {@code <data>/kafka}, and stops them in reverse order.
 *
 * <p>Start order is processor, alerts, dashboard, ingest: consumers are up before the first article is
 * published. Every service keeps its state under the data directory, so a restart on the same
 * directory resumes where it stopped and re-sends nothing.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final String bootstrapServers;
    private DashboardService dashboard;

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
                processor.start();
            }
            if (services.contains(Service.ALERTS)) {
                AlertsService alerts = new AlertsService(config.alertsConfig(), client, data.resolve("alerts"), console);
                started.push(alerts);
                alerts.start();
            }
            if (services.contains(Service.DASHBOARD)) {
                dashboard = new DashboardService(config.dashboard(), client);
                started.push(dashboard);
                dashboard.start();
                LOG.info("Dashboard on http://{}:{}/", config.dashboard().host(), dashboard.port());
            }
            if (services.contains(Service.INGEST)) {
                IngestService ingest = new IngestService(config.ingestConfig(), client, data.resolve("ingest"));
                started.push(ingest);
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

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The dashboard's HTTP port, when the dashboard runs (the picked one when configured as 0). */
    public OptionalInt dashboardPort() {
        return dashboard == null ? OptionalInt.empty() : OptionalInt.of(dashboard.port());
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
