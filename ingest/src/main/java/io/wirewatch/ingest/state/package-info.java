/**
 * Small JSON state files in the state directory (what was published, HTTP validators), written so that
 * a crash leaves either the old or the new file, never half of one.
 */
package io.wirewatch.ingest.state;
