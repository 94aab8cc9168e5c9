package io.wirewatch.events.health;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The fatal failure of a service, if any: set once, by whichever thread finds that the service can no
 * longer do its work (Kafka Streams in ERROR, an {@link Error} in a poller), and read by the runner, which
 * stops the process with the reason, and by health checks. A failure the service recovers from on its own
 * (a replaced stream thread, a source that failed one poll) is not one of these.
 */
public final class ServiceFailure {

    private final String service;
    private final CopyOnWriteArrayList<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile String reason;

    /** @param service the service's name, the start of every reason ("processor", "alerts", "ingest") */
    public ServiceFailure(String service) {
        this.service = service;
    }

    /** Why the service stopped working, e.g. {@code "processor: Kafka Streams stopped (ERROR): …"}; empty while it works. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** True while no fatal failure happened. */
    public boolean healthy() {
        return reason == null;
    }

    /**
     * Records the failure (the first one wins) and tells the listeners, on the calling thread.
     *
     * @param why one line, without the service name
     */
    public void fail(String why) {
        String line;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = service + ": " + why;
            line = reason;
        }
        listeners.forEach(listener -> listener.accept(line));
    }

    /** Calls the listener with the reason once the service fails (at once if it already has). */
    public void onFailure(Consumer<String> listener) {
        listeners.add(listener);
        String now = reason;
        if (now != null) {
            listener.accept(now);
        }
    }
}
