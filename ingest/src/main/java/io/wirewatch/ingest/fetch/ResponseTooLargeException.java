package io.wirewatch.ingest.fetch;

import java.net.URI;

/** A response body (after decompression) larger than the configured cap. */
public final class ResponseTooLargeException extends FetchException {

    public ResponseTooLargeException(URI url, int status, long maxBytes) {
        super(url, status, "response exceeds the size cap of " + maxBytes + " bytes");
    }
}
