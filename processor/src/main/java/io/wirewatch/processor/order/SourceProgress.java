package io.wirewatch.processor.order;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.OptionalInt;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.wirewatch.events.ProgressMark;

/**
 * How far each partition of the input topic has come, as seen by the single ordered task: the latest record
 * time that arrived from it. Ingest stamps records with their send time, so within one partition record
 * time only grows (up to {@link ProgressMark#CLOCK_MARGIN}); an article older than every partition's latest,
 * less that margin, can no longer be overtaken by one that has yet to arrive, whatever the lag between the
 * partitions' consumers. That releases articles as soon as the slowest partition has moved past them,
 * instead of a whole grace later.
 *
 * <p>The partition an article came from travels in a record header ({@link #HEADER}, set by
 * {@link TagSourcePartition} in the input task), because the ordered task reads the one partition of
 * an internal topic. Until every partition has been seen since the task opened there is no bound: a
 * partition not heard from may be one whose consumer lags. A partition that goes quiet holds the bound
 * where it was, so a stalled consumer (a rebalance, a crashed instance) holds the articles back, as the
 * grace did.
 */
public final class SourceProgress {

    /** The input partition of an article on its way to the ordered task: a 4-byte big-endian int. */
    public static final String HEADER = "wirewatch.source-partition";
    /** Far beyond any real topic's partition count: a header naming more is ignored rather than sized for. */
    static final int MAX_PARTITIONS = 1 << 16;

    private long[] latest;
    private int seen;

    /** @param partitions the input topic's partition count; a partition beyond it, added since, raises it */
    public SourceProgress(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("an input topic has at least one partition, not " + partitions);
        }
        this.latest = new long[partitions];
        Arrays.fill(latest, Long.MIN_VALUE);
    }

    /** Notes a record of {@code partition} with record time {@code timestampMs}; a partition number out of range is ignored. */
    public void observe(int partition, long timestampMs) {
        if (partition < 0 || partition >= MAX_PARTITIONS) {
            return;
        }
        if (partition >= latest.length) {
            int was = latest.length;
            latest = Arrays.copyOf(latest, partition + 1);
            Arrays.fill(latest, was, latest.length, Long.MIN_VALUE);
        }
        if (latest[partition] == Long.MIN_VALUE) {
            seen++;
        }
        latest[partition] = Math.max(latest[partition], timestampMs);
    }

    /**
     * The latest record time at or before which no article can still arrive in order: every partition's
     * latest less {@link ProgressMark#CLOCK_MARGIN}, less one millisecond because an article of the same
     * time may still come; {@link Long#MIN_VALUE} while a partition has not been seen.
     */
    public long releaseBound() {
        if (seen < latest.length) {
            return Long.MIN_VALUE;
        }
        long slowest = Long.MAX_VALUE;
        for (long t : latest) {
            slowest = Math.min(slowest, t);
        }
        return slowest - ProgressMark.CLOCK_MARGIN.toMillis() - 1;
    }

    /** Forgets what was seen: a task that (re)opens cannot know what its consumers will read next. */
    public void reset() {
        Arrays.fill(latest, Long.MIN_VALUE);
        seen = 0;
    }

    /** The input partition named by a record's {@link #HEADER}, if it has a well-formed one. */
    public static OptionalInt partitionOf(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null || header.value() == null || header.value().length != Integer.BYTES) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ByteBuffer.wrap(header.value()).getInt());
    }

    /** Replaces any {@link #HEADER} of the record by one naming {@code partition}. */
    public static void tag(Headers headers, int partition) {
        headers.remove(HEADER);
        headers.add(HEADER, ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
    }
}
