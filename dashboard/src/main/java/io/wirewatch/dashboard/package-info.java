/**
 * The dashboard: bounded in-memory views of the public topics (stories with their articles and
 * claims, alerts, sources), a read-only JSON and server-sent-events API over them, and a live page
 * served from this module's resources. Nothing here writes to Kafka.
 */
package io.wirewatch.dashboard;
