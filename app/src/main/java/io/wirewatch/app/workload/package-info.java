/**
 * Generated, reproducible workloads: German and English wire articles with copies, and watch-list
 * rules in the shapes desks write. {@code wirewatch bench} streams them through the services; the JMH
 * benchmarks of the {@code bench} module feed them to the stages.
 */
package io.wirewatch.app.workload;
