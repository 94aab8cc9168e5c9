package io.wirewatch.app.bench;

/** A bench run that could not finish: the services stalled, or a part could not be set up. */
public final class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
