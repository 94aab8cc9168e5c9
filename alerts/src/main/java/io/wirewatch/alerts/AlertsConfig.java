package io.wirewatch.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Configuration of the alerts service: the {@code alerts:} block of the YAML file, plus the
 * subscriptions from the file's top-level {@code subscriptions:} list.
 *
 * <p>Subscriptions are not bound from the {@code alerts:} block because they are shared
 * configuration (dashboards list them too); the app reads them separately and attaches them with
 * {@link #withSubscriptions(List)}.
 *
 * @param applicationId   Kafka Streams application id; also the prefix of the dispatcher's consumer group
 * @param dedupeRetention how long a (subscription, story) pair stays alerted; after that a new claim alerts again
 * @param maxAttempts     delivery attempts in a row per alert and channel before the alert is scheduled for later
 * @param retryBackoff    pause between attempts in a row; also the first delay of the scheduled retries
 * @param retryFor        how long after the first failure scheduled retries go on before the alert is dead-lettered
 * @param retryMaxBackoff longest delay between two scheduled retries
 * @param publicUrl       base URL of the dashboard; alerts link to {@code <publicUrl>/stories/<story id>}; null for no link
 * @param groupWait       how long after a story's first matching claim its first notification waits, collecting copies and claims
 * @param groupInterval   least time between two notifications of one story (first and updates)
 * @param maxUpdates      updates per story after the first notification
 * @param commitInterval  how often the alert topology commits its exactly-once transactions (Streams' {@code commit.interval.ms})
 * @param subscriptions   the subscriptions to match and notify
 */
public record AlertsConfig(
        @JsonProperty("applicationId")
        String applicationId,
        @JsonProperty("dedupeRetention")
        Duration dedupeRetention,
        @JsonProperty("maxAttempts")
        Integer maxAttempts,
        @JsonProperty("retryBackoff")
        Duration retryBackoff,
        @JsonProperty("retryFor")
        Duration retryFor,
        @JsonProperty("retryMaxBackoff")
        Duration retryMaxBackoff,
        @JsonProperty("publicUrl")
        String publicUrl,
        @JsonProperty("groupWait")
        Duration groupWait,
        @JsonProperty("groupInterval")
        Duration groupInterval,
        @JsonProperty("maxUpdates")
        Integer maxUpdates,
        @JsonProperty("commitInterval")
        Duration commitInterval,
        @JsonIgnore
        List<SubscriptionConfig> subscriptions) {

    public static final String DEFAULT_APPLICATION_ID = "wirewatch-alerts";
    public static final Duration DEFAULT_DEDUPE_RETENTION = Duration.ofDays(30);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(2);
    public static final Duration DEFAULT_RETRY_FOR = Duration.ofHours(24);
    public static final Duration DEFAULT_RETRY_MAX_BACKOFF = Duration.ofHours(1);
    public static final Duration DEFAULT_GROUP_WAIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_GROUP_INTERVAL = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_UPDATES = 3;
    /**
     * An alert crosses two of this service's commits (the repartition by story, then the alerts topic) and
     * three of the processor's; 20 ms, as the processor's, keeps the whole path under half a second at
     * 100 articles/s (docs/bench.md), for a few per cent of throughput from a backlog.
     */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(20);

    public AlertsConfig {
        applicationId = applicationId == null ? DEFAULT_APPLICATION_ID : applicationId;
        dedupeRetention = dedupeRetention == null ? DEFAULT_DEDUPE_RETENTION : dedupeRetention;
        maxAttempts = maxAttempts == null ? DEFAULT_MAX_ATTEMPTS : maxAttempts;
        retryBackoff = retryBackoff == null ? DEFAULT_RETRY_BACKOFF : retryBackoff;
        retryFor = retryFor == null ? DEFAULT_RETRY_FOR : retryFor;
        retryMaxBackoff = retryMaxBackoff == null ? DEFAULT_RETRY_MAX_BACKOFF : retryMaxBackoff;
        groupWait = groupWait == null ? DEFAULT_GROUP_WAIT : groupWait;
        groupInterval = groupInterval == null ? DEFAULT_GROUP_INTERVAL : groupInterval;
        maxUpdates = maxUpdates == null ? DEFAULT_MAX_UPDATES : maxUpdates;
        commitInterval = commitInterval == null ? DEFAULT_COMMIT_INTERVAL : commitInterval;
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }

    /** The same with the default commit interval. */
    public AlertsConfig(String applicationId, Duration dedupeRetention, Integer maxAttempts, Duration retryBackoff,
            Duration retryFor, Duration retryMaxBackoff, String publicUrl, Duration groupWait, Duration groupInterval,
            Integer maxUpdates, List<SubscriptionConfig> subscriptions) {
        this(applicationId, dedupeRetention, maxAttempts, retryBackoff, retryFor, retryMaxBackoff, publicUrl, groupWait,
                groupInterval, maxUpdates, null, subscriptions);
    }

    /** All defaults, no subscriptions. */
    public static AlertsConfig defaults() {
        return new AlertsConfig(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This configuration with the given subscriptions (the top-level YAML list). */
    public AlertsConfig withSubscriptions(List<SubscriptionConfig> subscriptions) {
        return new AlertsConfig(applicationId, dedupeRetention, maxAttempts, retryBackoff, retryFor, retryMaxBackoff,
                publicUrl, groupWait, groupInterval, maxUpdates, commitInterval, subscriptions);
    }

    /** This configuration with other grouping settings. */
    public AlertsConfig withGrouping(Duration groupWait, Duration groupInterval, int maxUpdates) {
        return new AlertsConfig(applicationId, dedupeRetention, this.maxAttempts, retryBackoff, retryFor, retryMaxBackoff,
                publicUrl, groupWait, groupInterval, maxUpdates, commitInterval, subscriptions);
    }

    /** {@link #publicUrl()} without trailing slashes, or null when none is configured. */
    public String publicUrlBase() {
        return publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    /** The subscription with this id, if configured. */
    public Optional<SubscriptionConfig> subscription(String id) {
        return subscriptions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Checks every key; call before starting the service.
     *
     * @param knownRuleIds ids of the configured watch-list rules, which subscriptions may reference
     * @throws IllegalArgumentException whose message names the key path,
     *                                  e.g. {@code subscriptions[0].rules[1]: unknown rule 'x'}
     */
    public void validate(Set<String> knownRuleIds) {
        if (applicationId.isBlank()) {
            throw new IllegalArgumentException("alerts.applicationId: must not be blank");
        }
        if (dedupeRetention.isZero() || dedupeRetention.isNegative()) {
            throw new IllegalArgumentException("alerts.dedupeRetention: must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("alerts.maxAttempts: must be at least 1");
        }
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("alerts.retryBackoff: must not be negative");
        }
        if (retryFor.isNegative()) {
            throw new IllegalArgumentException("alerts.retryFor: must not be negative");
        }
        if (retryMaxBackoff.isZero() || retryMaxBackoff.isNegative()) {
            throw new IllegalArgumentException("alerts.retryMaxBackoff: must be positive");
        }
        if (publicUrl != null) {
            validatePublicUrl();
        }
        if (groupWait.isNegative()) {
            throw new IllegalArgumentException("alerts.groupWait: must not be negative");
        }
        if (groupInterval.isZero() || groupInterval.isNegative()) {
            throw new IllegalArgumentException("alerts.groupInterval: must be positive");
        }
        if (maxUpdates < 0) {
            throw new IllegalArgumentException("alerts.maxUpdates: must not be negative");
        }
        if (commitInterval.isZero() || commitInterval.isNegative()) {
            throw new IllegalArgumentException("alerts.commitInterval: must be positive");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            SubscriptionConfig subscription = subscriptions.get(i);
            String path = "subscriptions[" + i + "]";
            if (subscription == null) {
                throw new IllegalArgumentException(path + ": empty subscription");
            }
            subscription.validate(path, knownRuleIds);
            if (!seen.add(subscription.id())) {
                throw new IllegalArgumentException(path + ".id: duplicate subscription id '" + subscription.id() + "'");
            }
        }
    }

    private void validatePublicUrl() {
        URI uri;
        try {
            uri = new URI(publicUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("alerts.publicUrl: not a valid URL '" + publicUrl + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("alerts.publicUrl: must be an http or https URL with a host, was '" + publicUrl + "'");
        }
    }
}
