/**
 * The ingester's entry points: {@link io.wirewatch.ingest.IngestConfig} (the {@code ingest:} section of the
 * YAML), {@link io.wirewatch.ingest.SourceReader} for one-shot reads ({@code wirewatch fetch}/{@code replay})
 * and {@link io.wirewatch.ingest.IngestService}, which polls the configured sources and publishes new and
 * changed articles to {@code Topics.ARTICLES}.
 */
package io.wirewatch.ingest;
