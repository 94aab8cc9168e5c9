/**
 * Normal forms that make articles comparable: canonical URLs (so the same article reached through a
 * tracking link gets the same id), content hashes (so a re-fetched unchanged text is recognised) and a
 * cheap language guess for sources that do not declare one.
 */
package io.wirewatch.ingest.normalise;
