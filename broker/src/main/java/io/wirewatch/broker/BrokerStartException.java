package io.wirewatch.broker;

/** The embedded broker could not start; the message names the address and data directory. */
public final class BrokerStartException extends RuntimeException {

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
