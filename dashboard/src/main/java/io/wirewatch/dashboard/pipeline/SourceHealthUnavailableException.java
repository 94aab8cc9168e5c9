package io.wirewatch.dashboard.pipeline;

/** The sources' poll health could not be had from ingest in another process; the message says why. */
public class SourceHealthUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SourceHealthUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceHealthUnavailableException(String message) {
        super(message);
    }
}
