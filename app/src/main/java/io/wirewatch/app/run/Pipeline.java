package io.wirewatch.app.run;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.AlertsService;
import io.wirewatch.alerts.dispatch.AlertDispatcher;
import io.wirewatch.app.config.KafkaSettings;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.kafka.TopicAdmin;
import io.wirewatch.app.ops.Operations;
import io.wirewatch.app.ops.ServiceChecks;
import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.dashboard.DashboardService;
import io.wirewatch.dashboard.pipeline.RemoteSourceHealth;
import io.wirewatch.dashboard.pipeline.SourcePoll;
import io.wirewatch.ingest.IngestService;
import io.wirewatch.ingest.SourceHealth;
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
    private Operations ops;
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private DashboardService dashboard;
    private final AtomicReference<Supplier<Map<String, SourceHealth>>> ingestHealth = new AtomicReference<>();

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
            ops = Operations.start(config.ops(), client);
            started.push(ops);
            LOG.info("Health and metrics on http://{}:{}/ (health/live, health/ready, metrics)", config.ops().bind(), ops.port());
            TopicAdmin.ensureTopics(client, kafka.partitions(), kafka.replicationFactor());
            List<String> consumerGroups = new ArrayList<>();
            if (services.contains(Service.PROCESSOR)) {
                ProcessorService processor = new ProcessorService(config.processorConfig(), client, data.resolve("processor"));
                started.push(processor);
                processor.failure().onFailure(failure::complete);
                processor.start();
                ops.ready("processor", ServiceChecks.streams(processor::state));
                ops.bind(processor.kafkaStreamsMetrics());
                consumerGroups.add(config.processorConfig().applicationId());
            }
            if (services.contains(Service.ALERTS)) {
                AlertsService alerts = new AlertsService(config.alertsConfig(), client, data.resolve("alerts"), console);
                started.push(alerts);
                alerts.failure().onFailure(failure::complete);
                alerts.start();
                ops.ready("alerts", ServiceChecks.streams(alerts::streamsState));
                ops.ready("alerts-dispatcher", ServiceChecks.dispatcher(alerts::dispatcherAssigned));
                alerts.kafkaMetrics().forEach(ops::bind);
                consumerGroups.add(config.alertsConfig().applicationId());
                consumerGroups.add(AlertDispatcher.groupId(config.alertsConfig()));
            }
            if (services.contains(Service.DASHBOARD)) {
                // Ingest starts after the dashboard: its poll health is looked up when asked for.
                Optional<Supplier<Map<String, SourcePoll>>> health = services.contains(Service.INGEST)
                        ? Optional.of(() -> ingestHealth.get() == null ? Map.of() : DashboardFacts.polls(ingestHealth.get().get()))
                        : Optional.ofNullable(config.dashboard().sourceHealthUrl())
                                .map(url -> new RemoteSourceHealth(URI.create(url), Clock.systemUTC()));
                dashboard = new DashboardService(config.dashboard(), client, DashboardFacts.of(config, health));
                started.push(dashboard);
                dashboard.start();
                LOG.info("Dashboard on http://{}:{}/", config.dashboard().host(), dashboard.port());
            }
            if (services.contains(Service.INGEST)) {
                IngestService ingest = new IngestService(config.ingestConfig(), client, data.resolve("ingest"));
                started.push(ingest);
                ingest.failure().onFailure(failure::complete);
                ingest.start();
                ingestHealth.set(ingest::health);
                ops.sources(() -> DashboardFacts.polls(ingest.health()));
                ops.ready("ingest", ServiceChecks.sources(ingest::health));
                ops.bind(ingest.kafkaClientMetrics());
            }
            ops.watchLag(consumerGroups);
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

    /** The dashboard's HTTP port, when the dashboard runs (the picked one when configured as 0). */
    public OptionalInt dashboardPort() {
        return dashboard == null ? OptionalInt.empty() : OptionalInt.of(dashboard.port());
    }

    /** The port of the health and metrics server (the configured one, or the one picked for port 0). */
    public int opsPort() {
        return ops.port();
    }

    /**
     * Stops every started part, newest first; one failing to stop does not keep the others running.
     * Ingest (and the dashboard, a reader only) stops first, so nothing new is published while the consumers commit; the processor and
     * alerts then close side by side (each finishes its records in flight and commits), which keeps a
     * SIGTERM within ten seconds; the health server and the embedded broker stop last.
     */
    @Override
    public synchronized void close() {
        List<AutoCloseable> consumers = new ArrayList<>();
        while (!started.isEmpty()) {
            AutoCloseable part = started.peek();
            if (part instanceof ProcessorService || part instanceof AlertsService) {
                consumers.add(started.pop());
            } else if (part instanceof IngestService || part instanceof DashboardService) {
                closeQuietly(started.pop());
            } else {
                break;
            }
        }
        closeTogether(consumers);
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeTogether(List<AutoCloseable> parts) {
        List<Thread> closing = new ArrayList<>();
        for (AutoCloseable part : parts) {
            Thread thread = new Thread(() -> closeQuietly(part), "wirewatch-close-" + part.getClass().getSimpleName());
            thread.start();
            closing.add(thread);
        }
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", part.getClass().getSimpleName(), e.toString());
        }
    }
}
