package io.wirewatch.alerts.matching;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.digest.DeliverySchedule;
import io.wirewatch.alerts.digest.DigestProcessor;
import io.wirewatch.alerts.payload.StoryMembers;
import io.wirewatch.events.Alert;
import io.wirewatch.events.JsonSerde;
import io.wirewatch.events.TopicSpec;
import io.wirewatch.events.Topics;

/**
 * Claims to alerts, with the articles and story assignments that make their payload:
 * <pre>
 * ARTICLES ─┐ pair by article id ─► article without text ─┐
 * ASSIGNMENTS ┘                                            ├─► repartition by story id ─► story task:
 * CLAIMS ─────────────────────────────────────────────────┘    members, match subscriptions,
 *                                                               group per alert id (groupWait, groupInterval,
 *                                                               maxUpdates), payload ─┬─► ALERTS (keyed by alert id)
 *        digest or quiet-hours subscriptions: repartition by subscription id ◄┘
 *        ─► hold per subscription until the digest is due ─► ALERTS (keyed by digest id)
 * </pre>
 * An alert id is a hash of subscription and story, so everything about one (subscription, story)
 * lives in the story's task and the outcome does not depend on how the input topics are partitioned.
 *
 * <p>Processor, store and repartition names are fixed so that a later change of the topology
 * keeps the names of its state stores and internal topics.
 */
public final class AlertsTopology {

    /** Alert id → its {@link Group} (notifications sent and pending), stamped with the event time of the first claim. */
    public static final String GROUPS_STORE = "alerts-groups";
    /** Article id → the article without text and/or its story id, until both are known. */
    public static final String ARTICLES_STORE = "alerts-articles";
    /** Story id → its member articles, for the payload. */
    public static final String MEMBERS_STORE = "alerts-story-members";
    /** Subscription id → the notifications its next digest holds. */
    public static final String DIGESTS_STORE = "alerts-digests";
    static final String REPARTITION = "alerts-by-story";
    static final String DIGEST_REPARTITION = "alerts-by-subscription";
    /** How long an article waits for its assignment (and the other way round). */
    static final Duration PAIRING_RETENTION = Duration.ofDays(3);

    private AlertsTopology() {
    }

    /** The topology on the public topics. */
    public static Topology build(AlertsConfig config) {
        return build(config, "");
    }

    /**
     * The topology on prefixed topics ({@link io.wirewatch.events.TopicSpec#withPrefix}): tests that run
     * independent deployments side by side on one broker.
     */
    public static Topology build(AlertsConfig config, String topicPrefix) {
        return build(config, topicPrefix, null);
    }

    /**
     * As above, with the wall clock that decides when digests are due (null: the stream thread's, which
     * {@code TopologyTestDriver} drives): integration tests that cannot wait an hour.
     */
    public static Topology build(AlertsConfig config, String topicPrefix, Clock digestClock) {
        return build(config, topicPrefix, digestClock, true);
    }

    /** As above; with {@code indexedDue} false grouping reads every group each tick, the reference form for tests. */
    static Topology build(AlertsConfig config, String topicPrefix, Clock digestClock, boolean indexedDue) {
        return build(config, topicPrefix, digestClock, indexedDue, CachedStore.GROUPS, CachedStore.STORIES);
    }

    /**
     * As above, with the number of groups and story member lists the grouping and story steps keep deserialised
     * ({@link CachedStore}); with 0 they parse each from its store at every use: the reference form for tests.
     */
    static Topology build(AlertsConfig config, String topicPrefix, Clock digestClock, boolean indexedDue,
            int groupsCached, int storiesCached) {
        TopicSpec<String, Alert> alerts = Topics.ALERTS.withPrefix(topicPrefix);
        SubscriptionMatcher matcher = new SubscriptionMatcher(config.subscriptions());
        JsonSerde<StoryEvent> events = JsonSerde.of(StoryEvent.class);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(GROUPS_STORE), Serdes.String(), JsonSerde.of(Group.class)));
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(ARTICLES_STORE), Serdes.String(), JsonSerde.of(PendingMember.class)));
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(MEMBERS_STORE), Serdes.String(), JsonSerde.of(StoryMembers.class)));
        builder.addStateStore(DigestProcessor.store(DIGESTS_STORE));
        Map<String, DeliverySchedule> schedules = new HashMap<>();
        config.subscriptions().forEach(s -> schedules.put(s.id(), s.schedule()));
        Set<String> atOnce = schedules.entrySet().stream().filter(e -> e.getValue().passesThrough())
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());

        KStream<String, StoryEvent> articles = source(builder, Topics.ARTICLES.withPrefix(topicPrefix), "articles")
                .process(() -> new ArticleIndex.Articles(ARTICLES_STORE, PAIRING_RETENTION),
                        Named.as("pair-articles"), ARTICLES_STORE);
        KStream<String, StoryEvent> assignments = source(builder, Topics.ASSIGNMENTS.withPrefix(topicPrefix), "assignments")
                .process(() -> new ArticleIndex.Assignments(ARTICLES_STORE), Named.as("pair-assignments"), ARTICLES_STORE);
        KStream<String, StoryEvent> claims = source(builder, Topics.CLAIMS.withPrefix(topicPrefix), "claims")
                // Only claims that can alert someone: a claim whose rules no subscription follows never makes it past the matcher.
                .filter((id, claim) -> claim != null && claim.storyId() != null && matcher.followsAny(claim.rules()),
                        Named.as("claims-with-story"))
                .map((id, claim) -> KeyValue.pair(claim.storyId(), StoryEvent.of(claim)), Named.as("claims-by-story"));

        KStream<String, Alert> notifications = articles.merge(assignments, Named.as("merge-members"))
                .merge(claims, Named.as("merge-claims"))
                .repartition(Repartitioned.with(Serdes.String(), events).withName(REPARTITION))
                .process(() -> new StoryProcessor(matcher, MEMBERS_STORE, config.dedupeRetention(),
                                storiesCached),
                        Named.as("match-subscriptions"), MEMBERS_STORE)
                .process(() -> new GroupingProcessor(GROUPS_STORE, MEMBERS_STORE, config, indexedDue,
                                groupsCached),
                        Named.as("group-per-story"), GROUPS_STORE, MEMBERS_STORE);
        // Subscriptions without a digest or quiet hours (or no longer configured) skip the digest stage.
        notifications.filter((id, alert) -> atOnce.contains(alert.subscriptionId()) || !schedules.containsKey(alert.subscriptionId()),
                        Named.as("notify-at-once"))
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()).withName("alerts"));
        notifications.filter((id, alert) -> schedules.containsKey(alert.subscriptionId()) && !atOnce.contains(alert.subscriptionId()),
                        Named.as("notify-by-schedule"))
                .selectKey((id, alert) -> alert.subscriptionId(), Named.as("digests-by-subscription"))
                .repartition(Repartitioned.with(Serdes.String(), alerts.valueSerde()).withName(DIGEST_REPARTITION))
                .process(() -> new DigestProcessor(DIGESTS_STORE, schedules, digestClock), Named.as("hold-for-digest"), DIGESTS_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()).withName("digests"));
        return builder.build();
    }

    private static <V> KStream<String, V> source(StreamsBuilder builder, TopicSpec<String, V> topic, String name) {
        return builder.stream(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name));
    }
}
