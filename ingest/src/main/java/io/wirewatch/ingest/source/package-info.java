/**
 * Turning one source — an http(s) URL, a {@code file:} URI, a file or a directory — into
 * {@link io.wirewatch.events.Article}s: fetch or read, recognise feed / page / plain text, extract,
 * normalise. Shared by the one-shot {@link io.wirewatch.ingest.SourceReader} and the polling
 * {@link io.wirewatch.ingest.IngestService}; no logging, problems are returned or thrown with the source named.
 */
package io.wirewatch.ingest.source;
