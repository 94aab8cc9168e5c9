/** Benchmarks of the dashboard: the read API over a full view, and the memory a view takes. */
package io.wirewatch.bench.dashboard;
