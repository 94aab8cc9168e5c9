package io.wirewatch.ingest.fetch;

import java.net.URI;

/**
 * A fetch that failed, with the URL and (when a response came) its HTTP status. The message names the
 * URL without its user info and query, because feeds behind a paywall often carry their key there and
 * the message goes to logs and to the dashboard's source health; {@link #url()} keeps the whole URL.
 */
public class FetchException extends Exception {

    /** Status used when no HTTP response was received. */
    public static final int NO_STATUS = 0;

    private final URI url;
    private final int status;

    public FetchException(URI url, int status, String message) {
        this(url, status, message, null);
    }

    public FetchException(URI url, int status, String message, Throwable cause) {
        super(shown(url) + ": " + message, cause);
        this.url = url;
        this.status = status;
    }

    /** The URL as messages may show it: scheme, host, port and path; a query is only hinted at. */
    public static String shown(URI url) {
        if (url == null) {
            return "(no URL)";
        }
        if (url.getHost() == null) {
            return url.getScheme() == null ? "(relative URL)" : url.getScheme() + ":…";
        }
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + port + path + (url.getRawQuery() == null ? "" : "?…");
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, or {@link #NO_STATUS} when the failure came before a response. */
    public int status() {
        return status;
    }
}
