/**
 * The wirewatch stream processor: {@link io.wirewatch.processor.ProcessorTopology} wires articles to
 * story assignments, stories and attributed claims; {@link io.wirewatch.processor.ProcessorService} runs
 * it with Kafka Streams; {@link io.wirewatch.processor.ProcessorConfig} is its configuration.
 */
package io.wirewatch.processor;
