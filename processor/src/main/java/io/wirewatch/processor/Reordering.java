package io.wirewatch.processor;

import java.time.Duration;

import io.wirewatch.processor.order.ReorderBuffer;

/**
 * How the topology orders articles before copy detection.
 *
 * @param defaultGrace the grace when the configuration sets none
 * @param idleFlush    wall-clock quiet time after which the buffer releases all it holds
 */
record Reordering(Duration defaultGrace, Duration idleFlush) {

    /** Single-threaded drivers: no buffer unless configured. */
    static final Reordering DRIVER = new Reordering(Duration.ZERO, ReorderBuffer.IDLE_FLUSH);
    /** The Kafka Streams service. */
    static final Reordering SERVICE = new Reordering(ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE, ReorderBuffer.IDLE_FLUSH);
}
