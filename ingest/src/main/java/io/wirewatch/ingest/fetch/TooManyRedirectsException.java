package io.wirewatch.ingest.fetch;

import java.net.URI;

/** More redirects than the configured limit. */
public final class TooManyRedirectsException extends FetchException {

    public TooManyRedirectsException(URI url, int status, int maxRedirects) {
        super(url, status, "more than " + maxRedirects + " redirects");
    }
}
