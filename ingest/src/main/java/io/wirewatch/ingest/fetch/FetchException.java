package io.wirewatch.ingest.fetch;

import java.net.URI;

/** A fetch that failed, with the URL and (when a response came) its HTTP status. */
public class FetchException extends Exception {

    /** Status used when no HTTP response was received. */
    public static final int NO_STATUS = 0;

    private final URI url;
    private final int status;

    public FetchException(URI url, int status, String message) {
        this(url, status, message, null);
    }

    public FetchException(URI url, int status, String message, Throwable cause) {
        super(url + ": " + message, cause);
        this.url = url;
        this.status = status;
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, or {@link #NO_STATUS} when the failure came before a response. */
    public int status() {
        return status;
    }
}
