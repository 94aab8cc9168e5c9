package io.wirewatch.alerts.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.channel.ChannelFactory;

/** The {@link ChannelLane}s of every subscription, one per channel, in the order of its {@code channels}. */
final class SubscriptionLanes {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionLanes.class);

    private final Map<String, List<ChannelLane>> bySubscription;

    SubscriptionLanes(Map<String, List<ChannelLane>> bySubscription) {
        this.bySubscription = Map.copyOf(bySubscription);
    }

    /**
     * @param capacity deliveries that may wait per lane
     * @param pool     runs the lanes
     * @param closing  true once the dispatcher is closing
     */
    static SubscriptionLanes build(List<SubscriptionConfig> subscriptions, ChannelFactory factory, int capacity,
            Executor pool, BooleanSupplier closing) {
        Map<String, List<ChannelLane>> lanes = new HashMap<>();
        for (SubscriptionConfig subscription : subscriptions) {
            List<ChannelLane> own = new ArrayList<>();
            subscription.channels().forEach(channel ->
                    own.add(new ChannelLane(factory.create(channel), capacity, pool, closing,
                            e -> LOG.error("delivery on {} failed", subscription.id(), e))));
            lanes.put(subscription.id(), List.copyOf(own));
        }
        return new SubscriptionLanes(lanes);
    }

    /** The subscription's lanes, or null when no such subscription is configured. */
    List<ChannelLane> of(String subscriptionId) {
        return bySubscription.get(subscriptionId);
    }
}
