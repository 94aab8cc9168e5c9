/**
 * Test support shared by every module's integration tests: {@link io.wirewatch.testkit.KafkaBrokerExtension}
 * gives each test JVM one real Kafka broker.
 */
package io.wirewatch.testkit;
