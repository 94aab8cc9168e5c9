package io.wirewatch.app.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named checks of one process, registered as its parts start. The process is ready when every
 * check is; a check that throws counts as not ready, with the exception as its detail.
 */
public final class Readiness {

    private final Map<String, HealthCheck> checks = new LinkedHashMap<>();

    public synchronized void register(String name, HealthCheck check) {
        if (checks.putIfAbsent(name, check) != null) {
            throw new IllegalArgumentException("readiness check '" + name + "' is registered twice");
        }
    }

    /** Runs every check now, in registration order. */
    public Report evaluate() {
        Map<String, HealthCheck> current;
        synchronized (this) {
            current = new LinkedHashMap<>(checks);
        }
        Map<String, HealthCheck.Status> results = new LinkedHashMap<>();
        current.forEach((name, check) -> results.put(name, run(check)));
        return new Report(results);
    }

    private static HealthCheck.Status run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return HealthCheck.Status.notReady(e.toString());
        }
    }

    /** The checks' results; with none registered yet (still starting) the process is not ready. */
    public record Report(Map<String, HealthCheck.Status> checks) {

        public Report {
            checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        }

        public boolean ready() {
            return !checks.isEmpty() && checks.values().stream().allMatch(HealthCheck.Status::ready);
        }
    }
}
