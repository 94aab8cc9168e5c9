package io.wirewatch.bench.processor;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The share of {@link ProcessorThroughputBenchmark} that copy detection and story assignment take: the
 * same articles through {@link CopyDetectionTopology} (no repartition, no claims, no rules); the score
 * is articles per second.
 *
 * <pre>java -jar bench/target/benchmarks.jar CopyDetectionBenchmark -f 1 -wi 2 -i 3</pre>
 */
public class CopyDetectionBenchmark extends FreshTopologyRun {

    @Override
    ProcessorUnderTest open() {
        return new ProcessorUnderTest(CopyDetectionTopology.build());
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void articlesThroughCopyDetection() {
        feedAll();
    }
}
