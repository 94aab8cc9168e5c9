package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Commits what {@link PartitionProgress} says is finished, and rewinds a consumer to what was committed. */
final class Commits {

    private static final Logger LOG = LoggerFactory.getLogger(Commits.class);

    private Commits() {
    }

    /** Commits the finished positions of the partitions the consumer still owns. */
    static void commit(Consumer<byte[], byte[]> consumer, PartitionProgress progress) {
        Map<TopicPartition, OffsetAndMetadata> positions = progress.committable();
        positions.keySet().retainAll(consumer.assignment());
        if (!positions.isEmpty()) {
            consumer.commitSync(positions);
            progress.committed(positions);
        }
    }

    /** As {@link #commit}, when a failure can only be reported: the records are delivered again. */
    static void commitQuietly(Consumer<byte[], byte[]> consumer, PartitionProgress progress) {
        try {
            commit(consumer, progress);
        } catch (KafkaException e) {
            LOG.warn("could not commit the last delivered alerts; they will be delivered again: {}", e.toString());
        }
    }

    /**
     * After a failure to reach Kafka: forgets what the loop holds ({@code dropHeld}) and what it
     * finished, and reads again from the committed positions, which lose nothing.
     */
    static void startOver(Consumer<byte[], byte[]> consumer, PartitionProgress progress, Runnable dropHeld) {
        dropHeld.run();
        progress.forgetAll();
        rewindToCommitted(consumer);
    }

    /** Closing: waits for the lanes, commits what they finished, and closes the consumer. */
    static void commitAndClose(Consumer<byte[], byte[]> consumer, PartitionProgress progress, Runnable awaitLanes,
            Duration closeTimeout) {
        awaitLanes.run();
        commitQuietly(consumer, progress);
        consumer.close(CloseOptions.timeout(closeTimeout));
    }

    /** After a failure: read every assigned partition again from its committed position. */
    private static void rewindToCommitted(Consumer<byte[], byte[]> consumer) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(consumer.assignment());
            for (TopicPartition partition : consumer.assignment()) {
                OffsetAndMetadata position = committed.get(partition);
                if (position == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, position.offset());
                }
            }
        } catch (KafkaException e) {
            // Still unreachable: the next failure ends this consumer and the loop starts a fresh one.
            throw new IllegalStateException("cannot rewind the dispatcher to its committed positions", e);
        }
    }
}
