/**
 * Rule matching throughput: generated watch lists against generated claim-bearing articles, with the
 * claim extraction and Lucene Monitor matching the processor topology runs per article.
 */
package io.wirewatch.bench.rules;
