package io.wirewatch.processor.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.ProgressMark;

/**
 * Holds articles (of any value type that names its article) and releases them sorted by (record time,
 * article id).
 *
 * <p>Why a buffer rather than revising verdicts afterwards: copy groups (a copy joins the group of its
 * best match among the articles seen before it), boilerplate lines (a line seen in two groups) and story
 * evidence are all order-dependent. Revising assignments when an earlier copy turns up (the copy
 * detector does so for disorder beyond the grace) fixes {@code duplicateOf} but none of the rest. One
 * sorted order fixes all of them at once; the price is latency, bounded by the grace.
 *
 * <p>Release rules, all deterministic for an input whose disorder stays within the grace:
 * <ul>
 *   <li>in record time: an article is released once stream time has passed its time by the grace;</li>
 *   <li>by the input partitions' progress, when their count is known ({@link SourceProgress}): an article is
 *       released once every partition of the input has delivered a later record, an article or one of
 *       ingest's {@link ProgressMark}s (sent to every partition shortly after it publishes), which is a
 *       fraction of a second rather than the grace; a partition that stalls falls back on the grace;</li>
 *   <li>in wall-clock time: when no article has arrived for the idle flush time ({@link #IDLE_FLUSH}), everything held is
 *       released, so a quiet feed does not keep its last articles waiting for the next one.</li>
 * </ul>
 * An article arriving later than the grace is sorted among those still held, or passes at once.
 * Held articles live in a changelogged store: a restarted or moved task releases them, none is lost.
 *
 * <p>One call releases at most {@link #MAX_RELEASE} articles, and the wall-clock check (every
 * {@link #RELEASE_TICK}) goes on releasing what is due until nothing is. Everything released in one call
 * is processed downstream in the same transaction: a held grace of a busy stream (rate × grace, some
 * 12,000 articles at 100/s and 2 min) released at once took longer than the transaction timeout, so the
 * task was fenced, restored the same buffer and tried again, for ever.
 *
 * <p>The wall-clock check runs only while articles are held. Kafka Streams commits a task after each of
 * its wall-clock punctuations, whether or not it did anything, so a check every 100 ms made an idle
 * processor commit an exactly-once transaction (offsets, markers, transaction log) several times a
 * second, for ever.
 */
public final class ReorderBuffer<V> implements Processor<String, V, String, V> {

    /** article order key → article, for the articles not yet released. */
    public static final String STORE = "reorder-pending";

    /** Default wall-clock quiet time after which everything held is released. */
    public static final Duration IDLE_FLUSH = Duration.ofSeconds(2);
    /** How often held articles are looked at in wall-clock time: with {@link #MAX_RELEASE}, a backlog drains at up to 10,000 articles/s. */
    static final Duration RELEASE_TICK = Duration.ofMillis(100);
    /** Most articles released by one call: bounds the work of one transaction. */
    static final int MAX_RELEASE = 1_000;

    private final Duration grace;
    private final Duration idleFlush;
    private final Function<V, String> articleIdOf;
    /** Null when the input's partitions are unknown: then only the grace and the idle flush release. */
    private final SourceProgress sources;
    private final Release.Listener listener;
    private ProcessorContext<String, V> context;
    private KeyValueStore<String, V> pending;
    private long lastArrivalWallClockMs;
    /** The wall-clock check, while articles are held; null while none is. */
    private Cancellable tick;

    /** @param articleIdOf the article id of a value: the tie-break of the order, and the key it leaves with */
    public ReorderBuffer(Duration grace, Duration idleFlush, Function<V, String> articleIdOf) {
        this(grace, idleFlush, articleIdOf, 0, Release.Listener.NONE);
    }

    /**
     * @param sourcePartitions the partition count of the input topic whose records carry
     *                         {@link SourceProgress#HEADER}; 0 when unknown (the grace alone decides)
     * @param listener         told how many articles each step released, and why
     */
    public ReorderBuffer(Duration grace, Duration idleFlush, Function<V, String> articleIdOf, int sourcePartitions,
            Release.Listener listener) {
        this.grace = grace;
        this.idleFlush = idleFlush;
        this.articleIdOf = articleIdOf;
        this.sources = sourcePartitions > 0 ? new SourceProgress(sourcePartitions) : null;
        this.listener = listener;
    }

    /**
     * In memory, restored from its changelog: it holds one grace period of articles, and it is a queue, read
     * from its head on every article. In RocksDB every released article leaves a tombstone that each later
     * scan from the head steps over until compaction, which made this the costliest step of the processor.
     */
    public static <V> StoreBuilder<KeyValueStore<String, V>> storeBuilder(Serde<V> valueSerde) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), valueSerde);
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
        this.lastArrivalWallClockMs = context.currentSystemTimeMs();
        if (sources != null) {
            sources.reset();
        }
        // A task reopened after a failure keeps its punctuations: drop the earlier check, schedule afresh.
        checkWhileHolding(false);
        boolean holding;
        try (KeyValueIterator<String, V> restored = pending.all()) {
            holding = restored.hasNext();
        }
        checkWhileHolding(holding);
    }

    @Override
    public void process(Record<String, V> record) {
        V article = record.value();
        if (article == null) {
            // Ingest's progress mark: its partition has come this far, which may release what is held.
            if (sources != null && ProgressMark.isMark(record.headers())) {
                observe(record);
                checkWhileHolding(release(false));
            }
            return;
        }
        pending.put(OrderKey.of(record.timestamp(), articleIdOf.apply(article)), article);
        observe(record);
        lastArrivalWallClockMs = context.currentSystemTimeMs();
        checkWhileHolding(release(false));
    }

    private void observe(Record<String, V> record) {
        if (sources != null) {
            SourceProgress.partitionOf(record.headers()).ifPresent(p -> sources.observe(p, record.timestamp()));
        }
    }

    /** Everything when the input has been quiet for the idle flush time; else what is due (a restored backlog). */
    private void releaseOnTick(long wallClockMs) {
        checkWhileHolding(release(wallClockMs - lastArrivalWallClockMs >= idleFlush.toMillis()));
    }

    /** Schedules the wall-clock check when articles are held and none is scheduled, cancels it when none is held. */
    private void checkWhileHolding(boolean holding) {
        if (holding && tick == null) {
            tick = context.schedule(RELEASE_TICK, PunctuationType.WALL_CLOCK_TIME, this::releaseOnTick);
        } else if (!holding && tick != null) {
            tick.cancel();
            tick = null;
        }
    }

    /**
     * Forwards, in key order, the held articles that are due, {@link #MAX_RELEASE} at most: those every input
     * partition has moved past, those stream time has passed by the grace, or all when {@code idle}.
     *
     * @return whether articles are still held
     */
    private boolean release(boolean idle) {
        long byGrace = context.currentStreamTimeMs() - grace.toMillis();
        long byPartitions = sources == null ? Long.MIN_VALUE : sources.releaseBound();
        long bound = idle ? Long.MAX_VALUE : Math.max(byGrace, byPartitions);
        List<KeyValue<String, V>> due = new ArrayList<>();
        boolean stillHeld = false;
        try (KeyValueIterator<String, V> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> next = all.next();
                if (due.size() == MAX_RELEASE || OrderKey.timestampOf(next.key) > bound) {
                    stillHeld = true;
                    break;
                }
                due.add(next);
            }
        }
        int[] released = new int[Release.values().length];
        for (KeyValue<String, V> entry : due) {
            long time = OrderKey.timestampOf(entry.key);
            pending.delete(entry.key);
            context.forward(new Record<>(articleIdOf.apply(entry.value), entry.value, time));
            Release reason = time <= byPartitions ? Release.PARTITIONS : time <= byGrace ? Release.GRACE : Release.IDLE;
            released[reason.ordinal()]++;
        }
        for (Release reason : Release.values()) {
            if (released[reason.ordinal()] > 0) {
                listener.released(reason, released[reason.ordinal()]);
            }
        }
        return stillHeld;
    }
}
