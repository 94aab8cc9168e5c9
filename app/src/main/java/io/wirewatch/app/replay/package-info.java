/**
 * Offline replay: files through the same processor and alert topologies as {@code run}, driven by
 * Kafka Streams' {@code TopologyTestDriver} instead of a broker, printing JSON lines.
 *
 * <p>{@code kafka-streams-test-utils} is on the product's classpath on purpose: the driver is the one
 * in-process runner that executes the production topologies unchanged, record by record and
 * deterministically, without starting a broker; {@link io.wirewatch.app.replay.OfflineTopology} is the
 * only place that uses it, and the {@code eval} module reuses that.
 */
package io.wirewatch.app.replay;
