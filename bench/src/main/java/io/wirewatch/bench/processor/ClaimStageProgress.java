package io.wirewatch.bench.processor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Samples, every 100 ms on a daemon thread, how far the claim stage has committed its input topic, so
 * that a run can tell when half of it was done: the whole processor's throughput over the second half,
 * on compiled code. Offsets count the transaction markers too; they are spread evenly over the run.
 */
final class ClaimStageProgress {

    private record Sample(long nanoTime, long committed) {
    }

    private final Admin admin;
    private final String groupId;
    private final String topic;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread sampler;

    ClaimStageProgress(Admin admin, String groupId, String topic) {
        this.admin = admin;
        this.groupId = groupId;
        this.topic = topic;
        this.sampler = new Thread(this::sample, "bench-claim-stage-progress");
        sampler.setDaemon(true);
    }

    void start() {
        sampler.start();
    }

    /**
     * Stops sampling; the time (nanoTime) of the first sample at which the committed offsets reached half of
     * {@code lastOffsets}' sum (the offsets of the last records plus one).
     */
    long halfDone(Map<TopicPartition, Long> lastRecordOffsets) throws InterruptedException {
        sampler.interrupt();
        sampler.join();
        long total = lastRecordOffsets.values().stream().mapToLong(offset -> offset + 1).sum();
        return samples.stream().filter(s -> s.committed() * 2 >= total).mapToLong(Sample::nanoTime).findFirst()
                .orElseThrow(() -> new IllegalStateException("the claim stage never committed half of " + topic));
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get(60, TimeUnit.SECONDS);
                long sum = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                        .mapToLong(e -> e.getValue().offset()).sum();
                samples.add(new Sample(System.nanoTime(), sum));
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the committed offsets of " + groupId, e);
        }
    }
}
