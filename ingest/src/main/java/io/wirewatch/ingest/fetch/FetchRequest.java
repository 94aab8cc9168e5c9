package io.wirewatch.ingest.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One URL to fetch.
 *
 * @param uri         http or https URL
 * @param headers     extra request headers (per-source configuration)
 * @param trusted     true for an operator-configured URL; false for a URL found inside fetched content,
 *                    which {@link AddressGuard} checks before connecting
 * @param conditional true to send the ETag/Last-Modified remembered from the previous fetch of this URL
 */
public record FetchRequest(URI uri, Map<String, String> headers, boolean trusted, boolean conditional) {

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A URL the operator configured: trusted, conditional. */
    public static FetchRequest configured(URI uri, Map<String, String> headers) {
        return new FetchRequest(uri, headers, true, true);
    }

    /** A URL found in fetched content, e.g. a feed item's link: guarded, always fetched whole. */
    public static FetchRequest discovered(URI uri, Map<String, String> headers) {
        return new FetchRequest(uri, headers, false, false);
    }

    /** A one-shot read of an operator-given URL: trusted, never answered by "not modified". */
    public static FetchRequest oneShot(URI uri, Map<String, String> headers) {
        return new FetchRequest(uri, headers, true, false);
    }
}
