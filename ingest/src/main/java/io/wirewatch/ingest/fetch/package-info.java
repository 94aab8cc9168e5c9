/**
 * Fetching over HTTP with the limits a crawler of untrusted content needs: timeouts, a size cap counted
 * on the decompressed body, manual redirects with a limit, conditional GET (validators optionally persisted, see {@link
 * io.wirewatch.ingest.fetch.ValidatorCache}), a per-host concurrency limit, and {@link
 * io.wirewatch.ingest.fetch.AddressGuard} against URLs in fetched content that point into private networks.
 * No logging here: failures are {@link io.wirewatch.ingest.fetch.FetchException}s carrying URL and status.
 */
package io.wirewatch.ingest.fetch;
