package io.wirewatch.processor;

import java.time.Duration;

import io.wirewatch.processor.order.ReorderBuffer;

/**
 * How the topology orders articles before copy detection.
 *
 * @param defaultGrace     the grace when the configuration sets none
 * @param idleFlush        wall-clock quiet time after which the buffer releases all it holds
 * @param sourcePartitions the partition count of the articles topic, so that the buffer releases an article
 *                         once every partition has moved past it ({@link io.wirewatch.processor.order.SourceProgress});
 *                         0 when unknown: the grace alone decides
 */
record Reordering(Duration defaultGrace, Duration idleFlush, int sourcePartitions) {

    /** Single-threaded drivers: no buffer unless configured. */
    static final Reordering DRIVER = new Reordering(Duration.ZERO, ReorderBuffer.IDLE_FLUSH, 0);
    /** The Kafka Streams service, before it has looked up the articles topic. */
    static final Reordering SERVICE = new Reordering(ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE, ReorderBuffer.IDLE_FLUSH, 0);

    /** The grace in force for {@code config}: its own, or this default. */
    Duration grace(ProcessorConfig config) {
        return config.reorderGraceOr(defaultGrace);
    }

    /** Whether the topology holds articles in a reorder buffer: only with a positive grace. */
    boolean buffers(ProcessorConfig config) {
        Duration grace = grace(config);
        return !grace.isZero() && !grace.isNegative();
    }

    Reordering withSourcePartitions(int partitions) {
        return new Reordering(defaultGrace, idleFlush, partitions);
    }
}
