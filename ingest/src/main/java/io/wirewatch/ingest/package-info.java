/**
 * The ingester's entry points: {@link io.wirewatch.ingest.IngestConfig} (the {@code ingest:} section of the
 * YAML), {@link io.wirewatch.ingest.SourceReader} for one-shot reads ({@code wirewatch fetch}/{@code replay})
 * and {@link io.wirewatch.ingest.IngestService}, which polls the configured sources and publishes new and
 * changed articles to {@code Topics.ARTICLES}.
 *
 * <p>The Source* types split by concern: this package holds the configured, polled side (a source's
 * {@code SourceConfig}, its {@code SourceHealth}, the poller and the one-shot {@code SourceReader}); the
 * {@code source} package reads one source ({@code SourceSpec} in, {@code SourceBatch} out), for both.
 */
package io.wirewatch.ingest;
