package io.wirewatch.processor.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.ProgressMark;

class SourceProgressTest {

    private static final long DISORDER = ProgressMark.CLOCK_MARGIN.toMillis();

    @Test
    void noBoundUntilEveryPartitionHasBeenSeenThenTheSlowestLessTheDisorder() {
        SourceProgress progress = new SourceProgress(3);
        progress.observe(0, 5_000);
        progress.observe(2, 9_000);
        assertThat(progress.releaseBound()).isEqualTo(Long.MIN_VALUE);

        progress.observe(1, 7_000);
        assertThat(progress.releaseBound()).isEqualTo(5_000 - DISORDER - 1);

        progress.observe(0, 8_000);
        assertThat(progress.releaseBound()).isEqualTo(7_000 - DISORDER - 1);
    }

    @Test
    void anOlderRecordDoesNotMoveAPartitionBack() {
        SourceProgress progress = new SourceProgress(1);
        progress.observe(0, 5_000);
        progress.observe(0, 4_000);
        assertThat(progress.releaseBound()).isEqualTo(5_000 - DISORDER - 1);
    }

    @Test
    void aPartitionAddedSinceMustBeSeenToo() {
        SourceProgress progress = new SourceProgress(1);
        progress.observe(0, 5_000);
        progress.observe(2, 6_000);
        assertThat(progress.releaseBound()).as("partition 1 not seen").isEqualTo(Long.MIN_VALUE);

        progress.observe(1, 7_000);
        assertThat(progress.releaseBound()).isEqualTo(5_000 - DISORDER - 1);
    }

    @Test
    void aPartitionNumberOutOfRangeIsIgnored() {
        SourceProgress progress = new SourceProgress(1);
        progress.observe(0, 5_000);
        progress.observe(-1, 1_000);
        progress.observe(SourceProgress.MAX_PARTITIONS, 1_000);
        assertThat(progress.releaseBound()).isEqualTo(5_000 - DISORDER - 1);
    }

    @Test
    void resetForgetsEveryPartition() {
        SourceProgress progress = new SourceProgress(2);
        progress.observe(0, 5_000);
        progress.observe(1, 5_000);
        progress.reset();
        progress.observe(0, 6_000);
        assertThat(progress.releaseBound()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aPartitionCountBelowOneIsRefused() {
        assertThatThrownBy(() -> new SourceProgress(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void theHeaderNamesThePartitionAndReplacesAnEarlierOne() {
        RecordHeaders headers = new RecordHeaders();
        SourceProgress.tag(headers, 70_000);
        SourceProgress.tag(headers, 258);
        assertThat(headers.headers(SourceProgress.HEADER)).hasSize(1);
        assertThat(SourceProgress.partitionOf(headers)).isEqualTo(OptionalInt.of(258));
    }

    @Test
    void aMissingOrMalformedHeaderNamesNoPartition() {
        assertThat(SourceProgress.partitionOf(new RecordHeaders())).isEmpty();
        RecordHeaders malformed = new RecordHeaders();
        malformed.add(SourceProgress.HEADER, new byte[] {1, 2});
        assertThat(SourceProgress.partitionOf(malformed)).isEmpty();
    }
}
