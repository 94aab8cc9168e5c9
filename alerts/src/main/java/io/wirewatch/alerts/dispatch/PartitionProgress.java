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
 *
 * <p>A registration returns a ticket; a completion counts only with a ticket of the partition's current
 * registrations. After the loop rewinds or loses a partition, jobs of the earlier reading may still be
 * waiting in a lane: their completions must not count toward the same offsets read again, or a record
 * could become committable while another channel has not delivered it.
 */
final class PartitionProgress {

    /** Per partition: offset → channels still to finish; the first key is the oldest unfinished record. */
    private final Map<TopicPartition, TreeMap<Long, Integer>> open = new HashMap<>();
    /** Per partition: the next offset to read, i.e. the position to commit when nothing is open. */
    private final Map<TopicPartition, Long> next = new HashMap<>();
    /** Positions already committed (or known), to commit only what moved. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    /** Counts every forgetting; a ticket is its value at registration. */
    private long epoch;
    /** Per partition: the epoch at which it was last forgotten; {@link #allForgottenAt} for all at once. */
    private final Map<TopicPartition, Long> forgottenAt = new HashMap<>();
    private long allForgottenAt;

    /**
     * A record that finishes after {@code channels} completions (0: finished at once).
     *
     * @return the ticket its completions must carry
     */
    synchronized long register(TopicPartition partition, long offset, int channels) {
        if (channels > 0) {
            open.computeIfAbsent(partition, p -> new TreeMap<>()).put(offset, channels);
        }
        next.merge(partition, offset + 1, Math::max);
        return epoch;
    }

    /**
     * One channel finished the record; a record of a revoked partition, or one registered before the
     * partition was last forgotten (a stale ticket), is ignored.
     */
    synchronized void complete(TopicPartition partition, long offset, long ticket) {
        if (ticket < Math.max(allForgottenAt, forgottenAt.getOrDefault(partition, 0L))) {
            return;
        }
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
        epoch++;
        for (TopicPartition partition : partitions) {
            forgottenAt.put(partition, epoch);
            open.remove(partition);
            next.remove(partition);
            committed.remove(partition);
        }
    }

    synchronized void forgetAll() {
        allForgottenAt = ++epoch;
        forgottenAt.clear();
        open.clear();
        next.clear();
        committed.clear();
    }
}
