/**
 * Extraction throughput: wirewatch's {@code ArticleExtractor} against Readability4J on the same pages
 * (issue 3: at least twice Readability4J's pages per second).
 */
package io.wirewatch.bench.extract;
