/**
 * Kafka Streams settings that every exactly-once service of wirewatch (processor, alerts) derives the
 * same way, kept in one place so that the services' latencies stay alike.
 */
package io.wirewatch.events.streams;
