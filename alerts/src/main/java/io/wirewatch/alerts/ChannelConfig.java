package io.wirewatch.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a subscription's alerts go.
 *
 * @param type    channel kind: {@value #CONSOLE} or {@value #WEBHOOK}
 * @param url     webhook endpoint (http or https); webhook only
 * @param secret  shared secret for the webhook signature; webhook only
 * @param headers extra HTTP headers sent with every webhook call, e.g. an API key
 * @param timeout how long one delivery attempt may take
 */
public record ChannelConfig(
        @JsonProperty("type")
        String type,
        @JsonProperty("url")
        String url,
        @JsonProperty("secret")
        String secret,
        @JsonProperty("headers")
        Map<String, String> headers,
        @JsonProperty("timeout")
        Duration timeout) {

    public static final String CONSOLE = "console";
    public static final String WEBHOOK = "webhook";
    /** The channel kinds this version can deliver to. */
    public static final Set<String> TYPES = Set.of(CONSOLE, WEBHOOK);

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Header names the webhook sets itself, so configured headers cannot forge them. */
    private static final String RESERVED_HEADER_PREFIX = "x-wirewatch-";
    /** Headers java.net.http refuses to let callers set; rejecting them here gives a config error instead of a delivery failure. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of(
            "connection", "content-length", "content-type", "expect", "host", "upgrade");

    public ChannelConfig {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** A console channel. */
    public static ChannelConfig console() {
        return new ChannelConfig(CONSOLE, null, null, null, null);
    }

    /** A webhook channel with default timeout and no extra headers. */
    public static ChannelConfig webhook(String url, String secret) {
        return new ChannelConfig(WEBHOOK, url, secret, null, null);
    }

    /**
     * Checks this channel.
     *
     * @param path key path used in messages, e.g. {@code subscriptions[0].channels[1]}
     * @throws IllegalArgumentException naming the offending key
     */
    public void validate(String path) {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException(path + ".type: required, one of " + sortedTypes());
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(path + ".type: unknown channel type '" + type + "', expected one of " + sortedTypes());
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException(path + ".timeout: must be positive");
        }
        if (WEBHOOK.equals(type)) {
            validateWebhook(path);
        }
    }

    private void validateWebhook(String path) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(path + ".url: required for a webhook");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path + ".url: not a valid URL '" + url + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(path + ".url: must be http or https, was '" + url + "'");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(path + ".url: has no host '" + url + "'");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(path + ".secret: required for a webhook (receivers verify the signature with it)");
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(RESERVED_HEADER_PREFIX) || RESTRICTED_HEADERS.contains(lower)) {
                throw new IllegalArgumentException(path + ".headers." + name + ": set by wirewatch itself, cannot be configured");
            }
            // A line break would end the header and let the value inject headers or a body of its own.
            String value = header.getValue();
            if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException(path + ".headers." + name + ": the value must be one line (no CR or LF)");
            }
        }
    }

    /** Like the record's own, with the secret masked: configurations end up in logs and error reports. */
    @Override
    public String toString() {
        return "ChannelConfig[type=" + type + ", url=" + url + ", secret=" + (secret == null ? null : "***")
                + ", headers=" + headers.keySet() + ", timeout=" + timeout + "]";
    }

    private static String sortedTypes() {
        return TYPES.stream().sorted().toList().toString();
    }
}
