package io.wirewatch.alerts.matching;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.TopicSpec;
import io.wirewatch.events.Topics;

/**
 * Claims to alerts:
 * {@code CLAIMS → match subscriptions → repartition by alert id → first per alert id within
 * dedupeRetention → ALERTS} (keyed by alert id).
 *
 * <p>Processor, store and repartition names are fixed so that a later change of the topology
 * keeps the names of its state store and internal topics.
 */
public final class AlertsTopology {

    /** Alert id → story id, stamped with the event time the alert was sent. */
    public static final String SENT_STORE = "alerts-sent";
    static final String REPARTITION = "alerts-by-subscription-story";

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
        TopicSpec<String, Claim> claims = Topics.CLAIMS.withPrefix(topicPrefix);
        TopicSpec<String, Alert> alerts = Topics.ALERTS.withPrefix(topicPrefix);
        SubscriptionMatcher matcher = new SubscriptionMatcher(config.subscriptions());
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(SENT_STORE), Serdes.String(), Serdes.String()));

        builder.stream(claims.name(), Consumed.with(claims.keySerde(), claims.valueSerde())
                        .withName("claims"))
                .process(() -> new MatchProcessor(matcher), Named.as("match-subscriptions"))
                .repartition(Repartitioned.with(alerts.keySerde(), alerts.valueSerde())
                        .withName(REPARTITION))
                .process(() -> new FirstAlertProcessor(SENT_STORE, config.dedupeRetention()),
                        Named.as("first-alert-per-story"), SENT_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde())
                        .withName("alerts"));
        return builder.build();
    }
}
