/**
 * Reading RSS 0.9x/1.0 (RDF)/2.0 and Atom feeds with Rome into plain {@link io.wirewatch.ingest.feed.FeedEntry}
 * values. Secure by default (no DOCTYPE, so no external entities) and forgiving about the breakage real
 * news feeds have: HTML entities XML does not know, stray ampersands, charsets declared in odd places.
 */
package io.wirewatch.ingest.feed;
