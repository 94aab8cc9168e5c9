package io.wirewatch.app.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code wirewatch_consumer_lag{group,topic}}: for each consumer group of this process, the records
 * between its committed offsets and the end of each topic it reads (the last stable offset, as
 * read_committed consumers see it), summed over partitions. Refreshed on a thread of its own, so a
 * scrape never waits for the cluster; a refresh that fails keeps the last values and is retried.
 */
final class ConsumerLagMeter implements MeterBinder, AutoCloseable {

    static final String NAME = "wirewatch.consumer.lag";

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLagMeter.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final List<String> groups;
    private final Duration interval;
    private final ScheduledExecutorService refresher;
    private MultiGauge gauge;

    ConsumerLagMeter(Admin admin, List<String> groups, Duration interval) {
        this.admin = admin;
        this.groups = List.copyOf(groups);
        this.interval = interval;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wirewatch-consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge = MultiGauge.builder(NAME)
                .description("Records not yet consumed by a wirewatch consumer group, per topic")
                .baseUnit("records")
                .register(registry);
        refresher.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (String group : groups) {
                lagByTopic(group).forEach((topic, lag) -> rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), lag)));
            }
            gauge.register(rows, true);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("consumer lag not refreshed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lag per topic of one group; a group that has committed nothing yet has no rows. */
    Map<String, Long> lagByTopic(String group) throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null) {
                latest.put(partition, OffsetSpec.latest());
            }
        });
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Long> lag = new HashMap<>();
        ends.forEach((partition, end) -> lag.merge(partition.topic(),
                Math.max(0, end.offset() - committed.get(partition).offset()), Long::sum));
        return lag;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
