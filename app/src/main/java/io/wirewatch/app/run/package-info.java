/**
 * The all-in-one runner: the embedded broker when no cluster is configured, topic creation, and
 * the ingest, processor and alerts services in one JVM (or any subset of them, one per container).
 */
package io.wirewatch.app.run;
