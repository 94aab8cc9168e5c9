package io.wirewatch.ingest;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
        @JsonProperty("id") @JsonPropertyDescription("unique, stable name of the source; becomes the articles' sourceId")
        String id,
        @JsonProperty("url") @JsonPropertyDescription("feed or page URL (http/https), or a local path / file: URI")
        String url,
        @JsonProperty("interval") @JsonPropertyDescription("time between polls, e.g. 5m (default 5m)")
        Duration interval,
        @JsonProperty("headers") @JsonPropertyDescription("extra HTTP headers sent with every request of this source")
        Map<String, String> headers,
        @JsonProperty("language") @JsonPropertyDescription("ISO 639-1 language of the source; overrides detection")
        String language,
        @JsonProperty("fetchFullPage") @JsonPropertyDescription("fetch each feed item's page for its full text (default false)")
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
