/**
 * The wirewatch stream processor: {@link io.wirewatch.processor.ProcessorTopology} wires articles to
 * story assignments, stories and attributed claims; {@link io.wirewatch.processor.ProcessorService} runs
 * it with Kafka Streams; {@link io.wirewatch.processor.ProcessorConfig} is its configuration.
 *
 * <p>Where the Kafka glue lives: each stage's {@code Processor}s, store builders and store serdes sit in
 * the stage's package, next to the state they keep ({@code copies}: copy detection; {@code order}: the
 * reorder buffer; {@code story}: the evidence store; {@code attribution}: claims and the rule index);
 * {@code claims} and {@code rules} are libraries without Kafka; this package only wires the stages
 * together and runs them. Topic names and their serdes come from {@code events.Topics} alone.
 */
package io.wirewatch.processor;
