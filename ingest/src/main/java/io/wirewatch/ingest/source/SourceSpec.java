package io.wirewatch.ingest.source;

import java.util.Map;
import java.util.Objects;

/**
 * One source to read.
 *
 * @param sourceId      the configured id, or "cli" for ad-hoc reads
 * @param location      http(s) URL, file: URI, or local path (file or directory)
 * @param headers       extra HTTP headers for this source
 * @param language      declared language, or null to detect it
 * @param fetchFullPage true to fetch each feed item's page and extract its text
 * @param conditional   true to use conditional GET (polling); false for one-shot reads
 */
public record SourceSpec(
        String sourceId,
        String location,
        Map<String, String> headers,
        String language,
        boolean fetchFullPage,
        boolean conditional) {

    public SourceSpec {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(location, "location");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
