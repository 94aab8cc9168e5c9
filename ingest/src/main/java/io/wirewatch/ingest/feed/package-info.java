/**
 * Reading RSS 0.9x/1.0 (RDF)/2.0 and Atom feeds with Rome, and Google News sitemaps, into plain
 * {@link io.wirewatch.ingest.feed.FeedEntry} values. Forgiving about the breakage real news feeds have —
 * charsets declared wrongly or not at all, UTF-16/32, HTML entities XML does not know, stray ampersands,
 * truncated markup — and saying so: every repair is listed in {@link io.wirewatch.ingest.feed.ParsedFeed#repairs()}.
 * Secure by construction: a DOCTYPE is removed before parsing and the XML parser still forbids DOCTYPEs,
 * so no external DTD is loaded and no external entity is expanded.
 */
package io.wirewatch.ingest.feed;
