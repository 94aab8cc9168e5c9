package io.wirewatch.ingest;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.wirewatch.ingest.fetch.FetchPolicy;
import io.wirewatch.ingest.source.SourceLocations;

/**
 * The {@code ingest:} section of the configuration. Null values take their defaults; {@link #validate()}
 * reports the first problem with its key path. The sources are not part of the section: the application
 * reads the top-level {@code sources:} list and passes it in with {@link #withSources(List)}.
 *
 * @param sources               the sources to poll
 * @param userAgent             User-Agent of every request
 * @param maxBytes              largest accepted response body, after decompression
 * @param connectTimeout        time to open a connection
 * @param readTimeout           time for one whole response
 * @param maxRedirects          redirects followed per request
 * @param perHostConcurrency    requests to one host at the same time
 * @param allowPrivateAddresses let links found in feeds (and redirects) point at private/loopback hosts
 */
public record IngestConfig(
        @JsonIgnore
        List<SourceConfig> sources,
        @JsonProperty("userAgent")
        String userAgent,
        @JsonProperty("maxBytes")
        Long maxBytes,
        @JsonProperty("connectTimeout")
        Duration connectTimeout,
        @JsonProperty("readTimeout")
        Duration readTimeout,
        @JsonProperty("maxRedirects")
        Integer maxRedirects,
        @JsonProperty("perHostConcurrency")
        Integer perHostConcurrency,
        @JsonProperty("allowPrivateAddresses")
        Boolean allowPrivateAddresses) {

    public static final String DEFAULT_USER_AGENT = "wirewatch/0.1 (+https://github.com/wirewatch)";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public IngestConfig {
        sources = sources == null ? List.of() : List.copyOf(sources);
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
        maxBytes = maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
        perHostConcurrency = perHostConcurrency == null ? 2 : perHostConcurrency;
        allowPrivateAddresses = allowPrivateAddresses != null && allowPrivateAddresses;
    }

    /** All defaults, no sources. */
    public static IngestConfig defaults() {
        return new IngestConfig(null, null, null, null, null, null, null, null);
    }

    /** These settings with other sources. */
    public IngestConfig withSources(List<SourceConfig> newSources) {
        return new IngestConfig(newSources, userAgent, maxBytes, connectTimeout, readTimeout, maxRedirects,
                perHostConcurrency, allowPrivateAddresses);
    }

    /** These settings with private addresses allowed or not. */
    public IngestConfig withAllowPrivateAddresses(boolean allow) {
        return new IngestConfig(sources, userAgent, maxBytes, connectTimeout, readTimeout, maxRedirects,
                perHostConcurrency, allow);
    }

    /**
     * Checks the values; returns this for chaining.
     *
     * @throws IllegalArgumentException naming the key path, e.g. {@code sources[1].id: duplicate 'dw'}
     */
    public IngestConfig validate() {
        requirePositive("ingest.maxBytes", maxBytes);
        requirePositive("ingest.connectTimeout", connectTimeout);
        requirePositive("ingest.readTimeout", readTimeout);
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("ingest.maxRedirects: must not be negative");
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("ingest.perHostConcurrency: must be at least 1");
        }
        if (userAgent.indexOf('\r') >= 0 || userAgent.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("ingest.userAgent: must not contain line breaks");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceConfig source = sources.get(i);
            String path = "sources[" + i + "]";
            if (source == null) {
                throw new IllegalArgumentException(path + ": must not be empty");
            }
            if (source.id() == null || source.id().isBlank()) {
                throw new IllegalArgumentException(path + ".id: must not be blank");
            }
            if (!ids.add(source.id())) {
                throw new IllegalArgumentException(path + ".id: duplicate '" + source.id() + "'");
            }
            if (source.url() == null || source.url().isBlank()) {
                throw new IllegalArgumentException(path + ".url: must be present");
            }
            SourceLocations.check(path + ".url", source.url());
            requirePositive(path + ".interval", source.interval());
            source.headers().forEach((name, value) -> {
                if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException(path + ".headers." + name + ": must be one line of text");
                }
            });
        }
        return this;
    }

    /** The fetch limits these settings describe. */
    public FetchPolicy fetchPolicy() {
        return new FetchPolicy(userAgent, maxBytes, connectTimeout, readTimeout, maxRedirects, perHostConcurrency,
                allowPrivateAddresses);
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + ": must be positive");
        }
    }

    private static void requirePositive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + ": must be positive");
        }
    }
}
