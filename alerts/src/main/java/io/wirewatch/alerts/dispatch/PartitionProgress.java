package io.wirewatch.alerts.dispatch;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which alerts are fully handled, per partition, when channels finish out of order: an offset is
 * committable once it and every offset before it in the partition have finished on all their
 * channels. Thread-safe: channel lanes finish, the polling thread registers and commits.
 */
final class PartitionProgress {

    /** Per partition: offset → channels still to finish; the first key is the oldest unfinished record. */
    private final Map<TopicPartition, TreeMap<Long, Integer>> open = new HashMap<>();
    /** Per partition: the next offset to read, i.e. the position to commit when nothing is open. */
    private final Map<TopicPartition, Long> next = new HashMap<>();
    /** Positions already committed (or known), to commit only what moved. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    /** A record that finishes after {@code channels} completions (0: finished at once). */
    synchronized void register(TopicPartition partition, long offset, int channels) {
        if (channels > 0) {
            open.computeIfAbsent(partition, p -> new TreeMap<>()).put(offset, channels);
        }
        next.merge(partition, offset + 1, Math::max);
    }

    /** One channel finished the record; unknown records (of a revoked partition) are ignored. */
    synchronized void complete(TopicPartition partition, long offset) {
        TreeMap<Long, Integer> records = open.get(partition);
        if (records == null) {
            return;
        }
        records.computeIfPresent(offset, (o, left) -> left <= 1 ? null : left - 1);
    }

    /** The positions to commit that moved since the last call. */
    synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        next.forEach((partition, nextOffset) -> {
            TreeMap<Long, Integer> records = open.get(partition);
            long position = records == null || records.isEmpty() ? nextOffset : records.firstKey();
            Long done = committed.get(partition);
            if (done == null || position > done) {
                moved.put(partition, new OffsetAndMetadata(position));
            }
        });
        return moved;
    }

    /** The positions were committed. */
    synchronized void committed(Map<TopicPartition, OffsetAndMetadata> positions) {
        positions.forEach((partition, position) -> committed.merge(partition, position.offset(), Math::max));
    }

    /** Forgets partitions this dispatcher no longer owns (or everything after a restart of the loop). */
    synchronized void forget(Iterable<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            open.remove(partition);
            next.remove(partition);
            committed.remove(partition);
        }
    }

    synchronized void forgetAll() {
        open.clear();
        next.clear();
        committed.clear();
    }
}
