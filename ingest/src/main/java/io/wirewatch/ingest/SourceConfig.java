package io.wirewatch.ingest;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One configured source (an entry of {@code ingest.sources}).
 *
 * @param id            unique, stable name of the source; becomes {@code Article.sourceId}
 * @param url           feed or page URL (or a local path / file: URI)
 * @param interval      time between polls, default 5 minutes
 * @param headers       extra HTTP headers sent with every request of this source
 * @param language      the source's language; wins over what pages declare or the text suggests
 * @param fetchFullPage fetch each feed item's page and extract its full text, default false
 */
public record SourceConfig(
        @JsonProperty("id")
        String id,
        @JsonProperty("url")
        String url,
        @JsonProperty("interval")
        Duration interval,
        @JsonProperty("headers")
        Map<String, String> headers,
        @JsonProperty("language")
        String language,
        @JsonProperty("fetchFullPage")
        Boolean fetchFullPage) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    public SourceConfig {
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        fetchFullPage = fetchFullPage != null && fetchFullPage;
    }

    /** A source with defaults for everything but id and url. */
    public static SourceConfig of(String id, String url) {
        return new SourceConfig(id, url, null, null, null, null);
    }
}
