package io.wirewatch.alerts.dispatch;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Commits what finished before a partition goes, and forgets its progress and the records it had
 * waiting; tells readiness whether the consumer holds its partitions.
 */
final class ProgressRebalanceListener implements ConsumerRebalanceListener {

    private final org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer;
    private final PartitionProgress progress;
    private final Consumer<Collection<TopicPartition>> dropWaiting;
    private final AtomicBoolean inGroup;

    /**
     * @param consumer    the consumer this listener is registered with
     * @param progress    the progress of its topic
     * @param dropWaiting forgets the records of the partitions given that wait in memory
     * @param inGroup     set while the consumer has its assignment
     */
    ProgressRebalanceListener(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer, PartitionProgress progress,
            Consumer<Collection<TopicPartition>> dropWaiting, AtomicBoolean inGroup) {
        this.consumer = consumer;
        this.progress = progress;
        this.dropWaiting = dropWaiting;
        this.inGroup = inGroup;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        Commits.commitQuietly(consumer, progress);
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        inGroup.set(false);
        forget(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // Positions come from the committed offsets; only readiness needs to know.
        inGroup.set(true);
    }

    private void forget(Collection<TopicPartition> partitions) {
        progress.forget(partitions);
        dropWaiting.accept(partitions);
    }
}
