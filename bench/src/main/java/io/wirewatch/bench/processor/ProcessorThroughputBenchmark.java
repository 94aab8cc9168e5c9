package io.wirewatch.bench.processor;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

import io.wirewatch.app.workload.ArticleMix;

/**
 * Issue 4 target: at least 5,000 articles/s through the whole processor topology (copy detection, story
 * assignment, claim extraction, rule matching, serdes of every output) on a 2-core machine. Each
 * invocation feeds {@value FreshTopologyRun#ARTICLES} articles of {@link ArticleMix} (40 % copies) into
 * a fresh topology; the score is articles per second.
 *
 * <pre>java -jar bench/target/benchmarks.jar ProcessorThroughputBenchmark -f 1 -wi 2 -i 3</pre>
 */
public class ProcessorThroughputBenchmark extends FreshTopologyRun {

    @Override
    ProcessorUnderTest open() {
        return new ProcessorUnderTest();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void articlesThroughTopology() {
        feedAll();
    }
}
