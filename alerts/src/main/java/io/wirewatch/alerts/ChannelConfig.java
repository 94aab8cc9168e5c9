package io.wirewatch.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a subscription's alerts go.
 *
 * @param type     channel kind: {@value #CONSOLE}, {@value #WEBHOOK}, {@value #SLACK} or {@value #EMAIL}
 * @param url      webhook or Slack incoming-webhook endpoint (http or https)
 * @param secret   shared secret for the webhook signature; webhook only
 * @param headers  extra HTTP headers sent with every webhook or Slack call, e.g. an API key
 * @param timeout  how long one delivery attempt may take
 * @param to       e-mail recipients; email only
 * @param from     e-mail sender address; email only
 * @param smtpHost SMTP server; email only
 * @param smtpPort SMTP port (default 587); email only
 * @param username SMTP user name, when the server wants authentication; email only
 * @param password SMTP password; email only
 * @param starttls whether STARTTLS is required (default true: the session must be encrypted before any credential or alert is sent)
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
        Duration timeout,
        @JsonProperty("to")
        List<String> to,
        @JsonProperty("from")
        String from,
        @JsonProperty("smtpHost")
        String smtpHost,
        @JsonProperty("smtpPort")
        Integer smtpPort,
        @JsonProperty("username")
        String username,
        @JsonProperty("password")
        String password,
        @JsonProperty("starttls")
        Boolean starttls) {

    public static final String CONSOLE = "console";
    public static final String WEBHOOK = "webhook";
    public static final String SLACK = "slack";
    public static final String EMAIL = "email";
    /** The channel kinds this version can deliver to. */
    public static final Set<String> TYPES = Set.of(CONSOLE, WEBHOOK, SLACK, EMAIL);
    public static final int DEFAULT_SMTP_PORT = 587;

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Header names the webhook sets itself, so configured headers cannot forge them. */
    private static final String RESERVED_HEADER_PREFIX = "x-wirewatch-";
    /** Headers java.net.http refuses to let callers set; rejecting them here gives a config error instead of a delivery failure. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of(
            "connection", "content-length", "content-type", "expect", "host", "upgrade");

    public ChannelConfig {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        to = to == null ? List.of() : List.copyOf(to);
        smtpPort = smtpPort == null ? DEFAULT_SMTP_PORT : smtpPort;
        starttls = starttls == null ? Boolean.TRUE : starttls;
    }

    /** A console, webhook or Slack channel (no e-mail keys). */
    public ChannelConfig(String type, String url, String secret, Map<String, String> headers, Duration timeout) {
        this(type, url, secret, headers, timeout, null, null, null, null, null, null, null);
    }

    /** A Slack-compatible incoming webhook. */
    public static ChannelConfig slack(String url) {
        return new ChannelConfig(SLACK, url, null, null, null);
    }

    /** An e-mail channel without authentication; {@code starttls} false only for a trusted relay. */
    public static ChannelConfig email(List<String> to, String from, String smtpHost, int smtpPort, boolean starttls) {
        return new ChannelConfig(EMAIL, null, null, null, null, to, from, smtpHost, smtpPort, null, null, starttls);
    }

    /** This channel with SMTP credentials. */
    public ChannelConfig withLogin(String username, String password) {
        return new ChannelConfig(type, url, secret, headers, timeout, to, from, smtpHost, smtpPort, username, password, starttls);
    }

    /** Without secrets, for {@code wirewatch config} output and logs. */
    @Override
    public String toString() {
        return "ChannelConfig[type=" + type + ", url=" + (url == null ? null : "<set>") + ", to=" + to
                + ", smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", username=" + username
                + ", starttls=" + starttls + ", headers=" + headers.keySet() + ", timeout=" + timeout + "]";
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
            validateUrl(path, "a webhook");
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException(path + ".secret: required for a webhook (receivers verify the signature with it)");
            }
        } else if (SLACK.equals(type)) {
            validateUrl(path, "a slack channel");
        } else if (EMAIL.equals(type)) {
            validateEmail(path);
        }
    }

    private void validateEmail(String path) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException(path + ".to: at least one recipient required for an email channel");
        }
        for (int i = 0; i < to.size(); i++) {
            checkAddress(path + ".to[" + i + "]", to.get(i));
        }
        checkAddress(path + ".from", from);
        if (smtpHost == null || smtpHost.isBlank()) {
            throw new IllegalArgumentException(path + ".smtpHost: required for an email channel");
        }
        if (smtpPort < 1 || smtpPort > 65_535) {
            throw new IllegalArgumentException(path + ".smtpPort: must be 1 to 65535, was " + smtpPort);
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException(path + (username == null ? ".username" : ".password")
                    + ": username and password go together");
        }
    }

    private static void checkAddress(String key, String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException(key + ": required");
        }
        try {
            new jakarta.mail.internet.InternetAddress(address, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException(key + ": not an e-mail address '" + address + "'", e);
        }
    }

    private void validateUrl(String path, String what) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(path + ".url: required for " + what);
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

    private static String sortedTypes() {
        return TYPES.stream().sorted().toList().toString();
    }
}
