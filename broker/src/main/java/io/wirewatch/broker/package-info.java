/**
 * An embedded single-node Kafka broker (KRaft, combined broker and controller) so that wirewatch
 * runs on one machine without an external cluster, and integration tests run against a real broker.
 */
package io.wirewatch.broker;
