package io.wirewatch.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/** What a fetch gave: a body, or the server's word that nothing changed since the last fetch. */
public sealed interface FetchResult {

    /** The URL that was asked for. */
    URI requested();

    /**
     * A 2xx response, decompressed and within the size cap.
     *
     * @param requested   the URL asked for
     * @param finalUri    the URL after redirects
     * @param status      the HTTP status
     * @param contentType the Content-Type header, or null
     * @param charset     the charset named in Content-Type, or null when the server did not say
     * @param body        the decompressed body
     */
    record Fetched(URI requested, URI finalUri, int status, String contentType, Charset charset, byte[] body)
            implements FetchResult {
    }

    /** A 304 answer to a conditional GET. */
    record NotModified(URI requested) implements FetchResult {
    }
}
