package io.wirewatch.app.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a Kafka Streams application has worked through a topic: its committed offsets have reached the
 * topic's committed end in every partition. The bench asks it of the processor's claim stage (the
 * repartition topic that feeds it, {@code <application id>-articles-by-story-repartition}, a fixed name:
 * see {@code ProcessorTopology}) and of the alert topology (the claims topic and its repartition by story).
 */
final class GroupProgress {

    /** The processor's claim stage input, after the application id. */
    static final String CLAIM_STAGE_INPUT = "-articles-by-story-repartition";
    /** The alert topology's grouping input, after the application id. */
    static final String ALERT_GROUPING_INPUT = "-alerts-by-story-repartition";

    private GroupProgress() {
    }

    static boolean caughtUp(Admin admin, String groupId, List<String> topics) {
        return behind(admin, groupId, topics).isEmpty();
    }

    /** The partitions of {@code topics} the group has not worked through, each with its committed offset and end. */
    static Map<TopicPartition, String> behind(Admin admin, String groupId, List<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                    .values().stream()
                    .flatMap(t -> IntStream.range(0, t.partitions().size()).mapToObj(p -> new TopicPartition(t.name(), p)))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest,
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS);
            // The last offset of a partition is the marker of its last transaction, which no consumer commits past.
            Map<TopicPartition, String> behind = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
            ends.forEach((partition, end) -> {
                OffsetAndMetadata offset = committed.get(partition);
                if (end.offset() > 0 && (offset == null || offset.offset() < end.offset() - 1)) {
                    behind.put(partition, (offset == null ? "none" : Long.toString(offset.offset())) + " of " + end.offset());
                }
            });
            return behind;
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchException("cannot read the progress of " + groupId + " on " + topics + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while reading the progress of " + groupId, e);
        }
    }
}
