package io.wirewatch.app.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;

import io.wirewatch.ingest.SourceHealth;

/** The readiness checks of the services' parts. */
public final class ServiceChecks {

    private ServiceChecks() {
    }

    /** Ready while the Kafka Streams instance is RUNNING; its state is the detail. */
    public static HealthCheck streams(Supplier<KafkaStreams.State> state) {
        return () -> {
            KafkaStreams.State current = state.get();
            return new HealthCheck.Status(current == KafkaStreams.State.RUNNING, current.name());
        };
    }

    /** Ready once the dispatcher's consumer has joined its group. */
    public static HealthCheck dispatcher(BooleanSupplier assigned) {
        return () -> assigned.getAsBoolean() ? HealthCheck.Status.ready("partitions assigned")
                : HealthCheck.Status.notReady("consumer not assigned to its group yet");
    }

    /**
     * Ready once every source has been polled at least once (the sources are loaded); a source that
     * fails does not make ingest unready, since the others go on, but it is named in the detail.
     */
    public static HealthCheck sources(Supplier<Map<String, SourceHealth>> health) {
        return () -> {
            Map<String, SourceHealth> sources = health.get();
            List<String> pending = new ArrayList<>();
            List<String> failing = new ArrayList<>();
            sources.forEach((id, source) -> {
                if (source.lastAttempt() == null) {
                    pending.add(id);
                } else if (!source.healthy()) {
                    failing.add(id);
                }
            });
            String detail = (sources.size() - pending.size()) + " of " + sources.size() + " sources polled"
                    + (pending.isEmpty() ? "" : "; waiting for " + String.join(", ", pending))
                    + (failing.isEmpty() ? "" : "; failing: " + String.join(", ", failing));
            return new HealthCheck.Status(pending.isEmpty(), detail);
        };
    }
}
