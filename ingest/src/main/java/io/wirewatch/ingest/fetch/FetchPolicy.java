package io.wirewatch.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every fetch obeys.
 *
 * @param userAgent             User-Agent header sent with every request
 * @param maxBytes              largest body accepted, counted after decompression
 * @param connectTimeout        time to open a connection
 * @param readTimeout           time for the whole response (headers and body) of one request
 * @param maxRedirects          redirects followed before giving up
 * @param perHostConcurrency    requests to one host at the same time
 * @param allowPrivateAddresses true to let discovered URLs point at loopback/private/link-local hosts
 */
public record FetchPolicy(
        String userAgent,
        long maxBytes,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        int perHostConcurrency,
        boolean allowPrivateAddresses) {

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes <= 0 || maxRedirects < 0 || perHostConcurrency <= 0) {
            throw new IllegalArgumentException("maxBytes and perHostConcurrency must be positive, maxRedirects not negative");
        }
    }
}
