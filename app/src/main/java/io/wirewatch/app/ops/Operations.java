package io.wirewatch.app.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

import io.wirewatch.app.config.OpsSettings;
import io.wirewatch.events.Json;

/**
 * Health and metrics of one process: the Prometheus registry, the readiness checks, the HTTP server
 * and the admin client that checks the broker and reads consumer lag. Started before the services,
 * so that a probe gets "not ready" rather than no answer while they start, and closed after them.
 */
public final class Operations implements AutoCloseable {

    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration LAG_INTERVAL = Duration.ofSeconds(15);

    private final Telemetry telemetry;
    private final Readiness readiness = new Readiness();
    private final Admin admin;
    private final OpsServer server;
    private final AtomicReference<Supplier<?>> sources = new AtomicReference<>();

    private Operations(OpsSettings settings, Map<String, Object> clientProperties) {
        Map<String, Object> adminProperties = new HashMap<>(clientProperties);
        adminProperties.putIfAbsent(CommonClientConfigs.CLIENT_ID_CONFIG, "wirewatch-ops");
        telemetry = new Telemetry();
        admin = Admin.create(adminProperties);
        readiness.register("broker", new BrokerCheck(admin, BROKER_TIMEOUT));
        try {
            server = OpsServer.start(settings.bind(), settings.port(), readiness, telemetry::scrape,
                    () -> Optional.ofNullable(sources.get()).map(s -> Json.write(Map.of("sources", s.get()))));
        } catch (RuntimeException e) {
            admin.close(Duration.ZERO);
            telemetry.close();
            throw e;
        }
    }

    /**
     * Starts the server with the broker check registered.
     *
     * @param clientProperties the Kafka client settings of the services (bootstrap, security)
     */
    public static Operations start(OpsSettings settings, Map<String, Object> clientProperties) {
        return new Operations(settings, clientProperties);
    }

    /** Adds a check to {@code /health/ready}. */
    public void ready(String name, HealthCheck check) {
        readiness.register(name, check);
    }

    /** Serves the sources' poll health at {@code /health/sources} (ingest runs here), for a dashboard elsewhere. */
    public void sources(Supplier<?> health) {
        sources.set(health);
    }

    /** Adds meters to {@code /metrics}. */
    public void bind(MeterBinder binder) {
        telemetry.bind(binder);
    }

    /** Exports {@code wirewatch_consumer_lag} for these consumer groups. */
    public void watchLag(List<String> groups) {
        if (!groups.isEmpty()) {
            telemetry.bind(new ConsumerLagMeter(admin, groups, LAG_INTERVAL));
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        telemetry.close();
        admin.close(Duration.ofSeconds(2));
    }
}
