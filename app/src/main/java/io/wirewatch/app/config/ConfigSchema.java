package io.wirewatch.app.config;

import static io.wirewatch.app.config.ConfigField.Kind.BOOLEAN;
import static io.wirewatch.app.config.ConfigField.Kind.DOUBLE;
import static io.wirewatch.app.config.ConfigField.Kind.DURATION;
import static io.wirewatch.app.config.ConfigField.Kind.INTEGER;
import static io.wirewatch.app.config.ConfigField.Kind.LONG;
import static io.wirewatch.app.config.ConfigField.Kind.MAP;
import static io.wirewatch.app.config.ConfigField.Kind.OBJECT;
import static io.wirewatch.app.config.ConfigField.Kind.OBJECT_LIST;
import static io.wirewatch.app.config.ConfigField.Kind.SECRET;
import static io.wirewatch.app.config.ConfigField.Kind.STRING;
import static io.wirewatch.app.config.ConfigField.Kind.STRING_LIST;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.digest.DeliverySchedule;
import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.SourceConfig;
import io.wirewatch.processor.ProcessorConfig;

/**
 * Every key of the configuration file, written once: path, type, default and description. The
 * defaults are read from the services' own config records, which apply them, so a default is never
 * written twice. {@code ConfigSchemaTest} proves that these are exactly the keys the records bind.
 */
public final class ConfigSchema {

    /** Where a secret value may come from instead of the file itself; see {@link SecretValues}. */
    private static final String SECRET_SOURCES = " The value may also be 'env:NAME' (an environment variable) or 'file:PATH'"
            + " (a file's content, e.g. a container secret); never shown in the listing or in logs.";

    private static final KafkaSettings KAFKA = KafkaSettings.defaults();
    private static final IngestConfig INGEST = IngestConfig.defaults();
    private static final SourceConfig SOURCE = SourceConfig.of("id", "url");
    private static final ProcessorConfig PROCESSOR = ProcessorConfig.defaults();
    private static final AlertsConfig ALERTS = AlertsConfig.defaults();
    private static final ChannelConfig CHANNEL = ChannelConfig.console();
    private static final OpsSettings OPS = OpsSettings.defaults();
    private static final DashboardConfig DASHBOARD = DashboardConfig.defaults();

    private static final List<ConfigField> FIELDS = List.of(
            new ConfigField("kafka", OBJECT, null, "Kafka cluster or embedded broker, topic layout, pass-through client settings."),
            new ConfigField("kafka.bootstrap", STRING, null, "Bootstrap servers of an existing Kafka cluster. When absent, an embedded single-node broker runs in this JVM."),
            new ConfigField("kafka.port", INTEGER, KAFKA.port(), "Client port of the embedded broker on localhost."),
            new ConfigField("kafka.partitions", INTEGER, KAFKA.partitions(), "Partitions of the topics wirewatch creates at start-up."),
            new ConfigField("kafka.replicationFactor", INTEGER, KAFKA.replicationFactor(), "Replication factor of the topics wirewatch creates at start-up (use 3 on a real cluster)."),
            new ConfigField("kafka.client", MAP, null, "Kafka client settings passed straight through to every producer, consumer, admin client and Streams app, e.g. security.protocol, sasl.mechanism."
                    + " Values of keys ending in 'password' and of sasl.jaas.config are secrets." + SECRET_SOURCES),
            new ConfigField("data", STRING, WirewatchConfig.DEFAULT_DATA, "Directory for the embedded broker's log, service state and demo files."),
            new ConfigField("sources", OBJECT_LIST, null, "Feeds, pages and local paths to poll."),
            new ConfigField("sources[].id", STRING, null, "Unique, stable name of the source; becomes the articles' sourceId. Required."),
            new ConfigField("sources[].url", STRING, null, "Feed or page URL (http or https), or a local path or file: URI. Required."),
            new ConfigField("sources[].interval", DURATION, SOURCE.interval(), "Time between polls."),
            new ConfigField("sources[].headers", MAP, null, "Extra HTTP headers sent with every request of this source."),
            new ConfigField("sources[].language", STRING, null, "ISO 639-1 language of the source; overrides what pages declare and detection."),
            new ConfigField("sources[].fetchFullPage", BOOLEAN, SOURCE.fetchFullPage(), "Fetch each feed item's page for its full text."),
            new ConfigField("rules", OBJECT_LIST, null, "Watch-list rules: id and Lucene query."),
            new ConfigField("rules[].id", STRING, null, "Rule id, referenced by subscriptions. Required."),
            new ConfigField("rules[].query", STRING, null, "Lucene classic query: terms, \"phrases\", AND/OR/NOT, parentheses, trailing *, \"a b\"~5. Parsed at start-up."),
            new ConfigField("subscriptions", OBJECT_LIST, null, "Who is alerted for which rules, over which channels."),
            new ConfigField("subscriptions[].id", STRING, null, "Stable subscription id. Alert ids derive from it, so renaming it re-alerts known stories. Required."),
            new ConfigField("subscriptions[].rules", STRING_LIST, null, "Ids of the watch-list rules this subscription follows (at least one)."),
            new ConfigField("subscriptions[].languages", STRING_LIST, null, "Only claims in these languages (ISO 639-1 codes, e.g. [de, en]). Default: all."),
            new ConfigField("subscriptions[].sources", STRING_LIST, null, "Only claims seen in an article of one of these source ids. Default: all sources."),
            new ConfigField("subscriptions[].excludeSources", STRING_LIST, null, "Never claims seen only in articles of these source ids."),
            new ConfigField("subscriptions[].minOutlets", INTEGER, 1, "The first notification of a story waits until it has at least this many distinct outlets."),
            new ConfigField("subscriptions[].mode", STRING, DeliverySchedule.IMMEDIATE, "When notifications go out: 'immediate' (as grouping allows), 'hourly' (one digest at each full local hour) or 'daily' (one digest at digestAt). A digest lists the stories, first alerts and updates, since the last one; nothing collected, nothing sent."),
            new ConfigField("subscriptions[].digestAt", STRING, DeliverySchedule.DEFAULT_DIGEST_AT.toString(), "Local time of the daily digest, HH:mm, in timeZone. Only with mode 'daily'."),
            new ConfigField("subscriptions[].timeZone", STRING, "UTC", "IANA time zone (e.g. Europe/Berlin) of digestAt, of the hourly digests' full hours and of quietHours."),
            new ConfigField("subscriptions[].quietHours", OBJECT, null, "Local hours in which nothing is sent, e.g. {from: \"22:00\", to: \"06:30\"} (may cross midnight); what falls inside goes out as one digest when they end."),
            new ConfigField("subscriptions[].quietHours.from", STRING, null, "First minute of the quiet hours, HH:mm. Required with quietHours."),
            new ConfigField("subscriptions[].quietHours.to", STRING, null, "First minute after the quiet hours, HH:mm. Required with quietHours."),
            new ConfigField("subscriptions[].trigger", STRING, SubscriptionConfig.TRIGGER_CLAIMS, "What alerts: 'claims' (attributed claims matching the rules). 'articles' is refused: rules are matched on claims only and no topic carries article-level matches."),
            new ConfigField("subscriptions[].channels", OBJECT_LIST, null, "Where the alerts go: a list of channels, each receives every alert (at least one)."),
            new ConfigField("subscriptions[].channels[].type", STRING, null, "Channel kind: 'console' (one JSON line per alert on stdout), 'webhook' (signed HTTP POST), 'slack' (Slack-compatible incoming webhook) or 'email' (SMTP). Required."),
            new ConfigField("subscriptions[].channels[].url", STRING, null, "Webhook or Slack incoming-webhook endpoint, http or https. Required for webhook and slack channels."),
            new ConfigField("subscriptions[].channels[].secret", SECRET, null, "Shared secret for the X-Wirewatch-Signature HMAC. Required for webhook channels." + SECRET_SOURCES),
            new ConfigField("subscriptions[].channels[].headers", MAP, null, "Extra HTTP headers for every webhook or slack call, e.g. an API key. X-Wirewatch-* is reserved."),
            new ConfigField("subscriptions[].channels[].timeout", DURATION, CHANNEL.timeout(), "How long one delivery attempt may take before it counts as failed."),
            new ConfigField("subscriptions[].channels[].to", STRING_LIST, null, "E-mail recipients. Required for email channels."),
            new ConfigField("subscriptions[].channels[].from", STRING, null, "E-mail sender address. Required for email channels."),
            new ConfigField("subscriptions[].channels[].smtpHost", STRING, null, "SMTP server host name. Required for email channels."),
            new ConfigField("subscriptions[].channels[].smtpPort", INTEGER, CHANNEL.smtpPort(), "SMTP server port (587: submission)."),
            new ConfigField("subscriptions[].channels[].username", STRING, null, "SMTP user name; set it (with password) when the server wants authentication."),
            new ConfigField("subscriptions[].channels[].password", SECRET, null, "SMTP password." + SECRET_SOURCES),
            new ConfigField("subscriptions[].channels[].starttls", BOOLEAN, CHANNEL.starttls(), "Require STARTTLS before anything is sent; false only for a trusted local relay."),
            new ConfigField("ingest", OBJECT, null, "Fetching limits and politeness."),
            new ConfigField("ingest.userAgent", STRING, INGEST.userAgent(), "User-Agent header of every request."),
            new ConfigField("ingest.maxBytes", LONG, INGEST.maxBytes(), "Largest accepted response body in bytes, counted after decompression."),
            new ConfigField("ingest.connectTimeout", DURATION, INGEST.connectTimeout(), "Time to open a connection."),
            new ConfigField("ingest.readTimeout", DURATION, INGEST.readTimeout(), "Time for one whole response."),
            new ConfigField("ingest.maxRedirects", INTEGER, INGEST.maxRedirects(), "Redirects followed per request."),
            new ConfigField("ingest.perHostConcurrency", INTEGER, INGEST.perHostConcurrency(), "Requests to one host at the same time."),
            new ConfigField("ingest.allowPrivateAddresses", BOOLEAN, INGEST.allowPrivateAddresses(), "Allow links found in feeds and redirects to reach loopback, private and link-local hosts."),
            new ConfigField("processor", OBJECT, null, "Copy and story detection settings."),
            new ConfigField("processor.applicationId", STRING, PROCESSOR.applicationId(), "Kafka Streams application id: consumer group, prefix of internal topics and state directories."),
            new ConfigField("processor.copyWindow", DURATION, PROCESSOR.copyWindow(), "How long an article can still be copied; older articles are no longer compared."),
            new ConfigField("processor.storyWindow", DURATION, PROCESSOR.storyWindow(), "How long stories and article verdicts are kept; a re-sent article within it is recognised."),
            new ConfigField("processor.shingleSize", INTEGER, PROCESSOR.shingleSize(), "Words per shingle for near-duplicate detection."),
            new ConfigField("processor.minHashes", INTEGER, PROCESSOR.minHashes(), "Length of the MinHash signature."),
            new ConfigField("processor.bands", INTEGER, PROCESSOR.bands(), "LSH bands the signature is cut into; must divide processor.minHashes."),
            new ConfigField("processor.jaccardThreshold", DOUBLE, PROCESSOR.jaccardThreshold(), "Minimum Jaccard similarity of shingle sets for a near copy, in (0, 1]."),
            new ConfigField("processor.containmentThreshold", DOUBLE, PROCESSOR.containmentThreshold(), "Minimum share of the shorter text's shingles found in the longer one (cuts, teasers), in (0, 1]."),
            new ConfigField("processor.reorderGrace", DURATION, null, "The longest (in record time) an article is held and sorted before copy detection, so that the verdicts do not depend on partition or instance count;"
                    + " an article leaves sooner, once every partition of the articles topic has moved past it."
                    + " Unset: " + DurationDeserializer.format(ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE) + " in the service, none in replay and evaluation; 0s disables it."),
            new ConfigField("processor.claimPartitions", INTEGER, PROCESSOR.claimPartitions(), "Partitions of the internal topic that spreads claim extraction and rule matching over stream threads and instances, keyed by story."),
            new ConfigField("processor.commitInterval", DURATION, PROCESSOR.commitInterval(), "How often the processor commits its exactly-once transactions (Kafka Streams' commit.interval.ms; this key wins over kafka.client)."
                    + " Longer: more articles per second from a backlog; shorter: less latency, which each of the three hops adds up to one interval of."),
            new ConfigField("alerts", OBJECT, null, "Alert de-duplication and delivery settings."),
            new ConfigField("alerts.applicationId", STRING, ALERTS.applicationId(), "Kafka Streams application id; the dispatcher's consumer group is '<applicationId>-dispatch'."),
            new ConfigField("alerts.dedupeRetention", DURATION, ALERTS.dedupeRetention(), "How long one story stays alerted per subscription; a claim of the same story after that alerts again."),
            new ConfigField("alerts.maxAttempts", INTEGER, ALERTS.maxAttempts(), "Delivery attempts in a row per alert and channel, retryBackoff apart, before the alert is scheduled for a later retry."),
            new ConfigField("alerts.retryBackoff", DURATION, ALERTS.retryBackoff(), "Pause between two attempts in a row; the scheduled retries start from it and double (with jitter)."),
            new ConfigField("alerts.retryFor", DURATION, ALERTS.retryFor(), "How long after its first failure an alert is still retried (schedule kept on a Kafka topic, across restarts) before it goes to the dead-letter topic; 0 dead-letters after the first attempts."),
            new ConfigField("alerts.retryMaxBackoff", DURATION, ALERTS.retryMaxBackoff(), "Longest delay between two scheduled retries."),
            new ConfigField("alerts.publicUrl", STRING, null, "Base URL of the dashboard, http or https; alerts then carry storyUrl = <publicUrl>/stories/<story id>."),
            new ConfigField("alerts.groupWait", DURATION, ALERTS.groupWait(), "How long the first notification of a story waits after its first matching claim, so that copies and further claims arriving meanwhile fold into it (0: at once)."),
            new ConfigField("alerts.groupInterval", DURATION, ALERTS.groupInterval(), "Least time between two notifications of one story; an update goes out only when something is new (outlets, claims)."),
            new ConfigField("alerts.maxUpdates", INTEGER, ALERTS.maxUpdates(), "Updates per story and subscription after the first notification."),
            new ConfigField("alerts.commitInterval", DURATION, ALERTS.commitInterval(), "How often the alert topology commits its exactly-once transactions (Kafka Streams' commit.interval.ms; this key wins over kafka.client)."
                    + " Longer: more claims per second from a backlog; shorter: less latency, which each of its two hops adds up to one interval of."),
            new ConfigField("ops", OBJECT, null, "Health and metrics HTTP server of each process."),
            new ConfigField("ops.port", INTEGER, OPS.port(), "Port of the health and metrics server: /health/live, /health/ready, /metrics; 0 picks a free port."),
            new ConfigField("ops.bind", STRING, OPS.bind(), "Address the health and metrics server listens on (0.0.0.0 in containers)."),
            new ConfigField("dashboard", OBJECT, null, "The live page and read API (service 'dashboard'); see docs/dashboard.md."),
            new ConfigField("dashboard.host", STRING, DASHBOARD.host(), "Address the dashboard's HTTP server binds to. Any address other than loopback requires dashboard.token."),
            new ConfigField("dashboard.port", INTEGER, DASHBOARD.port(), "HTTP port of the dashboard (0 picks a free one)."),
            new ConfigField("dashboard.token", SECRET, null, "Bearer token every /api request must carry (Authorization: Bearer ...); required when dashboard.host is not loopback,"
                    + " optional on loopback." + SECRET_SOURCES),
            new ConfigField("dashboard.horizon", DURATION, DASHBOARD.horizon(), "How far back the dashboard's views reach; rebuilt from the topics from this far back on start."),
            new ConfigField("dashboard.maxStories", INTEGER, DASHBOARD.maxStories(), "Most stories kept in the view; the least recently active are dropped first."),
            new ConfigField("dashboard.maxArticlesPerStory", INTEGER, DASHBOARD.maxArticlesPerStory(), "Most articles listed per story."),
            new ConfigField("dashboard.maxClaims", INTEGER, DASHBOARD.maxClaims(), "Most claims kept in the view; the oldest are dropped first."),
            new ConfigField("dashboard.maxAlerts", INTEGER, DASHBOARD.maxAlerts(), "Most alerts kept in the view; the oldest are dropped first."),
            new ConfigField("dashboard.sourceHealthUrl", STRING, null, "URL of ingest's /health/sources (on its ops port), e.g. http://ingest:8080/health/sources:"
                    + " the sources' poll health when ingest runs in another process; not needed when it runs in the same one."));

    private static final Map<String, ConfigField> BY_PATH = index();

    private ConfigSchema() {
    }

    /** Every key, in the order of the file's documentation. */
    public static List<ConfigField> fields() {
        return FIELDS;
    }

    /** The key with this path ({@code []} for list elements), if declared. */
    public static Optional<ConfigField> field(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /** The names of the keys directly under {@code parent} ("" for the top level, {@code sources[]} for a list's elements). */
    static List<String> childNames(String parent) {
        String prefix = parent.isEmpty() ? "" : parent + ".";
        return FIELDS.stream().map(ConfigField::path)
                .filter(path -> path.startsWith(prefix) && path.indexOf('.', prefix.length()) < 0)
                .map(path -> path.substring(prefix.length()))
                .sorted()
                .toList();
    }

    private static Map<String, ConfigField> index() {
        Map<String, ConfigField> byPath = new LinkedHashMap<>();
        for (ConfigField field : FIELDS) {
            if (byPath.put(field.path(), field) != null) {
                throw new IllegalStateException("configuration key declared twice: " + field.path());
            }
        }
        return byPath;
    }
}
