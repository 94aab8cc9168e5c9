package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.ProgressMark;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.processor.order.ReorderBuffer;

class ReorderedInputTest {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void copyArrivingBeforeTheEarlierOriginalWithinTheGraceStillPointsToTheOriginal() {
        ProcessorConfig config = ProcessorConfig.defaults().withReorderGrace(Duration.ofMinutes(10));
        try (TopologyHarness harness = new TopologyHarness(config, stateDir)) {
            assertThat(harness.send(article("bahn-schweiz", "late", "zuercher", T0.plusSeconds(120)))).as("held").isEmpty();
            assertThat(harness.send(article("bahn-original", "early", "wwa", T0))).as("held").isEmpty();

            harness.advanceWallClock(ReorderBuffer.IDLE_FLUSH);
            List<StoryAssignment> released = harness.assignments();

            assertThat(released).extracting(StoryAssignment::articleId).containsExactly("early", "late");
            assertThat(released.get(1).duplicateOf()).isEqualTo("early");
        }
    }

    @Test
    void streamTimeBeyondTheGraceReleasesInOrderWithoutWaiting() {
        ProcessorConfig config = ProcessorConfig.defaults().withReorderGrace(Duration.ofMinutes(10));
        try (TopologyHarness harness = new TopologyHarness(config, stateDir)) {
            harness.send(article("bahn-schweiz", "b", "zuercher", T0.plusSeconds(60)));
            harness.send(article("bahn-original", "a", "wwa", T0));

            List<StoryAssignment> released = harness.send(article("regierung-kita", "r", "wwa", T0.plus(Duration.ofMinutes(11))));

            assertThat(released).extracting(StoryAssignment::articleId).containsExactly("a", "b");
            assertThat(harness.<Object>store(ReorderBuffer.STORE)).hasSize(1);
        }
    }

    /**
     * The service tells the buffer the articles topic's partitions: the input task names its partition in a
     * header that must survive the hop to the ordered task, where an article leaves once every partition
     * (here the driver's one) has moved past it, not a grace later.
     */
    @Test
    void anArticleLeavesOnceEveryInputPartitionHasMovedPastIt() {
        ProcessorConfig config = ProcessorConfig.defaults().withReorderGrace(Duration.ofMinutes(10));
        Reordering knowingPartitions = new Reordering(Duration.ofMinutes(10), ReorderBuffer.IDLE_FLUSH, 1);
        try (TopologyHarness harness = new TopologyHarness(config, knowingPartitions, stateDir)) {
            assertThat(harness.send(article("bahn-original", "a", "wwa", T0))).as("nothing later seen yet").isEmpty();

            List<StoryAssignment> released = harness.send(article("bahn-schweiz", "b", "zuercher", T0.plusSeconds(1)));

            assertThat(released).extracting(StoryAssignment::articleId).containsExactly("a");
            assertThat(harness.<Object>store(ReorderBuffer.STORE)).hasSize(1);
        }
    }

    /** Ingest's progress mark, a delay after the article, releases it; the mark itself is neither held nor assigned. */
    @Test
    void aProgressMarkReleasesWhatItsPartitionHasMovedPast() {
        ProcessorConfig config = ProcessorConfig.defaults().withReorderGrace(Duration.ofMinutes(10));
        Reordering knowingPartitions = new Reordering(Duration.ofMinutes(10), ReorderBuffer.IDLE_FLUSH, 1);
        try (TopologyHarness harness = new TopologyHarness(config, knowingPartitions, stateDir)) {
            assertThat(harness.send(article("bahn-original", "a", "wwa", T0))).isEmpty();

            List<StoryAssignment> released = harness.sendProgressMark(T0.plus(ProgressMark.DELAY));

            assertThat(released).extracting(StoryAssignment::articleId).containsExactly("a");
            assertThat(harness.<Object>store(ReorderBuffer.STORE)).isEmpty();
        }
    }

    @Test
    void withoutABufferAProgressMarkIsIgnored() {
        try (TopologyHarness harness = new TopologyHarness(ProcessorConfig.defaults(), stateDir)) {
            assertThat(harness.sendProgressMark(T0)).isEmpty();
            assertThat(harness.claims()).isEmpty();
            assertThat(harness.send(article("bahn-original", "a", "wwa", T0.plusSeconds(1))))
                    .extracting(StoryAssignment::articleId).containsExactly("a");
        }
    }
}
