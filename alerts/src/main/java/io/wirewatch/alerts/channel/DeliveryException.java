package io.wirewatch.alerts.channel;

/** A channel did not accept an alert. Carries which subscription, which channel and, for HTTP, the status. */
public final class DeliveryException extends Exception {

    /** {@link #status()} when there was no response at all (unreachable, timeout, I/O error). */
    public static final int NO_STATUS = -1;

    private final String subscriptionId;
    private final String channel;
    private final int status;

    public DeliveryException(String subscriptionId, String channel, int status, String message, Throwable cause) {
        super("subscription '" + subscriptionId + "', " + channel + ": " + message, cause);
        this.subscriptionId = subscriptionId;
        this.channel = channel;
        this.status = status;
    }

    public DeliveryException(String subscriptionId, String channel, int status, String message) {
        this(subscriptionId, channel, status, message, null);
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    /** The channel's {@link Channel#describe() description}. */
    public String channel() {
        return channel;
    }

    /** HTTP status of the refusal, or {@link #NO_STATUS} when no response came. */
    public int status() {
        return status;
    }
}
