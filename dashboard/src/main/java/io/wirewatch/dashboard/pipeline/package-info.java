/**
 * What the dashboard knows about the rest of the pipeline beyond the topics: the configured sources
 * and subscriptions (as {@code run} read them, without secrets) and, when ingest runs in the same
 * process, each source's poll health.
 */
package io.wirewatch.dashboard.pipeline;
