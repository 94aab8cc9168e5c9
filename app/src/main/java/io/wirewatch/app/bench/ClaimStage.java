package io.wirewatch.app.bench;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the processor's claim stage has worked through every article sent to it: its committed
 * offsets on the repartition topic that feeds it ({@code <application id>-articles-by-story-repartition},
 * a fixed name: see {@code ProcessorTopology}) have reached the topic's committed end. Copy detection
 * writes that topic in the same transactions as the assignments, so once every assignment is visible
 * the topic is complete.
 */
final class ClaimStage {

    private static final String REPARTITION = "-articles-by-story-repartition";

    private ClaimStage() {
    }

    static boolean caughtUp(Admin admin, String applicationId) {
        String topic = applicationId + REPARTITION;
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            int partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(p -> new TopicPartition(topic, p)).collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest,
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS);
            // The last offset of a partition is the marker of its last transaction, which no consumer commits past.
            return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                    || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset() - 1);
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchException("cannot read the claim stage's progress on " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while reading the claim stage's progress", e);
        }
    }
}
