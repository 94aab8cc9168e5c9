/**
 * Offline replay: files through the same processor and alert topologies as {@code run}, driven by
 * Kafka Streams' {@code TopologyTestDriver} instead of a broker, printing JSON lines.
 */
package io.wirewatch.app.replay;
