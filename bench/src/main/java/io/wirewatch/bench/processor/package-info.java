/**
 * Benchmarks of the whole processor topology (copy detection, story assignment, claim extraction and
 * rule matching) on a generated German/English article stream with copies (issue 4: ≥ 5,000 articles/s).
 */
package io.wirewatch.bench.processor;
