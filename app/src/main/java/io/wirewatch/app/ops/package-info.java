/**
 * What operators see of a running process: its HTTP server ({@code /health/live},
 * {@code /health/ready}, {@code /metrics}), the readiness checks behind it, and the Prometheus
 * registry that exports the JVM's, the Kafka clients' and wirewatch's own {@code wirewatch_…} meters.
 */
package io.wirewatch.app.ops;
