package io.wirewatch.alerts.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.alerts.matching.WallClockTick;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Ids;
import io.wirewatch.events.JsonSerde;

/**
 * Holds the notifications of digest and quiet-hours subscriptions, keyed by subscription id, and
 * sends each subscription's held notifications as one digest when its {@link DeliverySchedule} says
 * so; nothing held, nothing sent. A notification that may go out at once (mode immediate, outside
 * the quiet hours) passes unchanged.
 *
 * <p>The held notifications are in a changelogged store, and a digest's id is a hash of subscription
 * and window (start and due time, both kept in the store), so a restart loses nothing and a
 * redelivered digest carries the same {@code X-Wirewatch-Delivery} id. Time is the wall clock: the
 * task's ({@link ProcessorContext#currentSystemTimeMs()}, which tests drive), or an injected
 * {@link Clock}. The punctuator finds what is due from the due times it keeps in memory (rebuilt from
 * the store when the task opens) and reads only those digests from the store.
 */
public final class DigestProcessor implements Processor<String, Alert, String, Alert> {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final String storeName;
    private final Map<String, DeliverySchedule> schedules;
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Held> store;
    /** Subscription → when its held digest is due, for every subscription holding something: the punctuator's index. */
    private final Map<String, Long> dueBySubscription = new HashMap<>();
    /** The punctuation that sends due digests, scheduled while some subscription holds notifications. */
    private WallClockTick tick;

    /**
     * @param storeName digest store: subscription id → {@link Held}
     * @param schedules every subscription's schedule by id; an unknown subscription passes through
     * @param clock     the wall clock, or null for the task's
     */
    public DigestProcessor(String storeName, Map<String, DeliverySchedule> schedules, Clock clock) {
        this.storeName = storeName;
        this.schedules = Map.copyOf(schedules);
        this.clock = clock;
    }

    /** The digest store (subscription id → held notifications), changelogged. */
    public static StoreBuilder<?> store(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), JsonSerde.of(Held.class));
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        // Derived from the restored store whenever the task opens, so it needs no changelog of its own.
        dueBySubscription.clear();
        try (KeyValueIterator<String, Held> all = store.all()) {
            all.forEachRemaining(entry -> remember(entry.key, entry.value));
        }
        if (tick != null) {
            tick.needed(false); // a task reopened after a failure keeps its punctuations: drop the earlier one
        }
        this.tick = new WallClockTick(context, TICK, wallClock -> {
            sendDue(now());
            tickWhileHolding();
        });
        tickWhileHolding();
    }

    private void tickWhileHolding() {
        tick.needed(!dueBySubscription.isEmpty());
    }

    @Override
    public void process(Record<String, Alert> record) {
        hold(record);
        tickWhileHolding();
    }

    /** A notification sent on at once, or held for its subscription's next digest (sending a due one first). */
    private void hold(Record<String, Alert> record) {
        Alert notification = record.value();
        if (notification == null) {
            return;
        }
        String subscription = notification.subscriptionId();
        long now = now();
        Held held = store.get(subscription);
        if (held != null && held.holding() && held.dueMs() <= now) {
            held = send(subscription, held); // due but not yet sent: it goes first
        }
        DeliverySchedule schedule = schedules.getOrDefault(subscription, DeliverySchedule.immediate());
        Instant at = schedule.deliveryTime(Instant.ofEpochMilli(now));
        if (at.toEpochMilli() <= now && (held == null || !held.holding())) {
            context.forward(record.withKey(notification.id()));
            return;
        }
        Held current = held == null ? Held.empty(now) : held;
        if (!current.holding()) {
            current = current.due(at.toEpochMilli(), schedule.heldByQuietHours(Instant.ofEpochMilli(now)));
        }
        put(subscription, current.with(notification, record.timestamp()));
    }

    /** Sends the digests that are due; looks up only those (the in-memory due times), not every subscription held. */
    private void sendDue(long now) {
        List<String> due = new ArrayList<>();
        dueBySubscription.forEach((subscription, dueMs) -> {
            if (dueMs <= now) {
                due.add(subscription);
            }
        });
        due.sort(null); // in key order, as the store would list them
        for (String subscription : due) {
            Held held = store.get(subscription);
            if (held != null && held.holding() && held.dueMs() <= now) {
                send(subscription, held);
            }
        }
    }

    private void put(String subscription, Held held) {
        store.put(subscription, held);
        remember(subscription, held);
    }

    private void remember(String subscription, Held held) {
        if (held.holding()) {
            dueBySubscription.put(subscription, held.dueMs());
        } else {
            dueBySubscription.remove(subscription);
        }
    }

    /** Sends the held notifications as one digest and returns what the store keeps after it. */
    private Held send(String subscription, Held held) {
        DeliverySchedule schedule = schedules.getOrDefault(subscription, DeliverySchedule.immediate());
        String id = Ids.hash(subscription, "digest", Long.toString(held.fromMs()), Long.toString(held.dueMs()));
        Alert.Digest digest = new Alert.Digest(schedule.mode(), held.quietHours(), Instant.ofEpochMilli(held.fromMs()),
                Instant.ofEpochMilli(held.dueMs()), schedule.zone().getId(), held.moreStories(), held.items());
        if (!held.items().isEmpty()) {
            Alert first = held.items().get(0);
            long timestamp = Math.max(held.timestamp(), context.currentStreamTimeMs());
            context.forward(new Record<>(id, first.asDigest(id, digest), timestamp));
        }
        Held after = Held.empty(held.dueMs());
        put(subscription, after);
        return after;
    }

    private long now() {
        return clock == null ? context.currentSystemTimeMs() : clock.millis();
    }
}
