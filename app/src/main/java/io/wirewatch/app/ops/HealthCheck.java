package io.wirewatch.app.ops;

/** One part of a process whose readiness {@code /health/ready} reports; called from the server's thread. */
@FunctionalInterface
public interface HealthCheck {

    Status check();

    /**
     * @param ready  whether this part can do its work now
     * @param detail what an operator needs to know, e.g. {@code "REBALANCING"} or the broker error
     */
    record Status(boolean ready, String detail) {

        public static Status ready(String detail) {
            return new Status(true, detail);
        }

        public static Status notReady(String detail) {
            return new Status(false, detail);
        }
    }
}
