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

    public static Topology build(AlertsConfig config) {
        SubscriptionMatcher matcher = new SubscriptionMatcher(config.subscriptions());
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(SENT_STORE), Serdes.String(), Serdes.String()));

        builder.stream(Topics.CLAIMS.name(), Consumed.with(Topics.CLAIMS.keySerde(), Topics.CLAIMS.valueSerde())
                        .withName("claims"))
                .process(() -> new MatchProcessor(matcher), Named.as("match-subscriptions"))
                .repartition(Repartitioned.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                        .withName(REPARTITION))
                .process(() -> new FirstAlertProcessor(SENT_STORE, config.dedupeRetention()),
                        Named.as("first-alert-per-story"), SENT_STORE)
                .to(Topics.ALERTS.name(), Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                        .withName("alerts"));
        return builder.build();
    }
}
