/**
 * Remembering what was published, across polls and restarts, so an unchanged article is published
 * once and a corrected one again with the next version number.
 */
package io.wirewatch.ingest.seen;
