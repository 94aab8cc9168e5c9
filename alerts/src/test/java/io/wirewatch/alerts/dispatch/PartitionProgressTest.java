package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PartitionProgressTest {

    private static final TopicPartition P0 = new TopicPartition("news.alerts.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("news.alerts.v1", 1);
    private final PartitionProgress progress = new PartitionProgress();

    @Test
    void commitsOnlyUpToTheOldestUnfinishedRecord() {
        long ticket = progress.register(P0, 10, 2);
        progress.register(P0, 11, 1);
        progress.register(P0, 12, 1);

        progress.complete(P0, 11, ticket);
        progress.complete(P0, 12, ticket);
        progress.complete(P0, 10, ticket);
        assertThat(progress.committable()).as("10 still waits for its second channel")
                .isEqualTo(Map.of(P0, new OffsetAndMetadata(10)));

        progress.complete(P0, 10, ticket);
        assertThat(progress.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(13)));
    }

    @Test
    void reportsOnlyPositionsThatMoved() {
        progress.register(P0, 5, 0);
        long ticket = progress.register(P1, 7, 1);
        Map<TopicPartition, OffsetAndMetadata> first = progress.committable();
        assertThat(first).isEqualTo(Map.of(P0, new OffsetAndMetadata(6), P1, new OffsetAndMetadata(7)));
        progress.committed(first);

        assertThat(progress.committable()).isEmpty();
        progress.complete(P1, 7, ticket);
        assertThat(progress.committable()).isEqualTo(Map.of(P1, new OffsetAndMetadata(8)));
    }

    @Test
    void forgottenPartitionsIgnoreLateCompletions() {
        long ticket = progress.register(P0, 3, 1);
        progress.forget(List.of(P0));

        progress.complete(P0, 3, ticket);

        assertThat(progress.committable()).isEmpty();
    }

    /**
     * After a rewind the same offset is read and registered again, while a job of the first reading may
     * still finish on its lane: that completion must not count, or the record would be committed before
     * the second channel delivered it.
     */
    @Test
    void aCompletionFromBeforeARewindDoesNotCountForTheRecordReadAgain() {
        long before = progress.register(P0, 3, 2);
        progress.forgetAll();
        long again = progress.register(P0, 3, 2);

        progress.complete(P0, 3, before);
        progress.complete(P0, 3, again);
        assertThat(progress.committable()).as("one channel of the new reading still delivers")
                .isEqualTo(Map.of(P0, new OffsetAndMetadata(3)));

        progress.complete(P0, 3, again);
        assertThat(progress.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(4)));
    }

    @Test
    void forgettingOnePartitionKeepsTheTicketsOfAnother() {
        long p1 = progress.register(P1, 7, 1);
        progress.forget(List.of(P0));

        progress.complete(P1, 7, p1);

        assertThat(progress.committable()).isEqualTo(Map.of(P1, new OffsetAndMetadata(8)));
    }
}
