package io.wirewatch.dashboard;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Configuration of the dashboard: the {@code dashboard:} block of the YAML file.
 *
 * @param host               address the HTTP server binds to; loopback unless a token is set
 * @param port               HTTP port
 * @param token              bearer token required on every API call; required when {@code host} is not loopback
 * @param horizon            how far back the views reach; older stories, claims and alerts are dropped
 * @param maxStories         most stories kept; the least recently active go first
 * @param maxArticlesPerStory most articles listed per story (the counts stay exact up to this cap)
 * @param maxClaims          most claims kept
 * @param maxAlerts          most alerts kept
 * @param sourceHealthUrl       URL of ingest's {@code /health/sources} (its ops port), for the sources' poll health when
 *                           ingest runs in another process; null when it runs in this one or is not wanted
 */
public record DashboardConfig(
        @JsonProperty("host")
        String host,
        @JsonProperty("port")
        Integer port,
        @JsonProperty("token")
        String token,
        @JsonProperty("horizon")
        Duration horizon,
        @JsonProperty("maxStories")
        Integer maxStories,
        @JsonProperty("maxArticlesPerStory")
        Integer maxArticlesPerStory,
        @JsonProperty("maxClaims")
        Integer maxClaims,
        @JsonProperty("maxAlerts")
        Integer maxAlerts,
        @JsonProperty("sourceHealthUrl")
        String sourceHealthUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    public static final int DEFAULT_MAX_STORIES = 100_000;
    public static final int DEFAULT_MAX_ARTICLES_PER_STORY = 200;
    public static final int DEFAULT_MAX_CLAIMS = 50_000;
    public static final int DEFAULT_MAX_ALERTS = 10_000;

    public DashboardConfig {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        port = port == null ? DEFAULT_PORT : port;
        token = token == null || token.isBlank() ? null : token;
        horizon = horizon == null ? DEFAULT_HORIZON : horizon;
        maxStories = maxStories == null ? DEFAULT_MAX_STORIES : maxStories;
        maxArticlesPerStory = maxArticlesPerStory == null ? DEFAULT_MAX_ARTICLES_PER_STORY : maxArticlesPerStory;
        maxClaims = maxClaims == null ? DEFAULT_MAX_CLAIMS : maxClaims;
        maxAlerts = maxAlerts == null ? DEFAULT_MAX_ALERTS : maxAlerts;
        sourceHealthUrl = sourceHealthUrl == null || sourceHealthUrl.isBlank() ? null : sourceHealthUrl.trim();
    }

    /** All defaults: loopback, port 8080, no token, 7 days. */
    public static DashboardConfig defaults() {
        return new DashboardConfig(null, null, null, null, null, null, null, null, null);
    }

    /** This configuration on another address and port (tests and the demo pick free ports). */
    public DashboardConfig withAddress(String host, int port) {
        return new DashboardConfig(host, port, token, horizon, maxStories, maxArticlesPerStory, maxClaims, maxAlerts, sourceHealthUrl);
    }

    /** This configuration with another token. */
    public DashboardConfig withToken(String token) {
        return new DashboardConfig(host, port, token, horizon, maxStories, maxArticlesPerStory, maxClaims, maxAlerts, sourceHealthUrl);
    }

    /** True when the server is reachable only from this machine. */
    public boolean loopbackOnly() {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Checks every key; call before starting the service.
     *
     * @throws IllegalArgumentException naming the key path
     */
    public DashboardConfig validate() {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("dashboard.port: must be between 0 and 65535, was " + port);
        }
        if (!loopbackOnly() && token == null) {
            throw new IllegalArgumentException("dashboard.token: required when dashboard.host is not a loopback address (was '"
                    + host + "'); anyone who can reach the port could read the views. Set dashboard.token or"
                    + " WIREWATCH_DASHBOARD_TOKEN, or bind to 127.0.0.1");
        }
        if (sourceHealthUrl != null) {
            URI uri;
            try {
                uri = new URI(sourceHealthUrl);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("dashboard.sourceHealthUrl: not a URL '" + sourceHealthUrl + "'", e);
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("dashboard.sourceHealthUrl: must be an http(s) URL with a host, e.g."
                        + " http://ingest:8080/health/sources, was '" + sourceHealthUrl + "'");
            }
        }
        if (horizon.isZero() || horizon.isNegative()) {
            throw new IllegalArgumentException("dashboard.horizon: must be positive");
        }
        positive("dashboard.maxStories", maxStories);
        positive("dashboard.maxArticlesPerStory", maxArticlesPerStory);
        positive("dashboard.maxClaims", maxClaims);
        positive("dashboard.maxAlerts", maxAlerts);
        return this;
    }

    private static void positive(String path, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(path + ": must be at least 1, was " + value);
        }
    }

    /** Like the record's own, with the token masked: configurations end up in logs. */
    @Override
    public String toString() {
        return "DashboardConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? null : "***")
                + ", horizon=" + horizon + ", maxStories=" + maxStories + ", maxArticlesPerStory=" + maxArticlesPerStory
                + ", maxClaims=" + maxClaims + ", maxAlerts=" + maxAlerts + ", sourceHealthUrl=" + sourceHealthUrl + "]";
    }
}
