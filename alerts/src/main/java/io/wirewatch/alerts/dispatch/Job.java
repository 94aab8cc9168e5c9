package io.wirewatch.alerts.dispatch;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.wirewatch.events.Alert;

/**
 * One alert to deliver to one channel, and where it came from: a record of the alerts topic (first
 * round) or of the retry topic (later rounds), whose offset is done when the job is.
 *
 * @param alert        the alert
 * @param source       the record it was read from; its bytes are what a retry or dead letter carries
 * @param progress     the progress of the source's topic
 * @param channelIndex the channel in the subscription's list
 * @param attempts     attempts made before this job
 * @param firstFailure when the first attempt failed, or null in the first round
 * @param ticket       the source's registration in {@code progress} ({@link PartitionProgress#register})
 */
record Job(Alert alert, ConsumerRecord<byte[], byte[]> source, PartitionProgress progress, int channelIndex,
           int attempts, Instant firstFailure, long ticket) {

    TopicPartition partition() {
        return new TopicPartition(source.topic(), source.partition());
    }

    /** The source record is done for this channel. */
    void done() {
        progress.complete(partition(), source.offset(), ticket);
    }
}
