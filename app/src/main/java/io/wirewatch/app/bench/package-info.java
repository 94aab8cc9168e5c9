/**
 * {@code wirewatch bench}: a generated stream of wire articles through the real services (ingest's
 * publisher, the processor, alerts with a local webhook receiver) against the embedded or a given
 * broker, measuring processor throughput, end-to-end alert latency, the broker's own throughput,
 * peak heap and the time per stage.
 */
package io.wirewatch.app.bench;
