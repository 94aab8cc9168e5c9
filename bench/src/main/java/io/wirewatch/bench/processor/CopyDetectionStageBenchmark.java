package io.wirewatch.bench.processor;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Issue 4 target (at least 5,000 articles/s through copy detection and story assignment on the 2-core
 * machine): the same articles as {@link CopyDetectionBenchmark}, fed straight into the stage's processor
 * and its stores ({@link CopyDetectionStage}), without a test driver around them.
 *
 * <pre>java -jar bench/target/benchmarks.jar CopyDetectionStageBenchmark</pre>
 */
public class CopyDetectionStageBenchmark extends FreshTopologyRun {

    /** {@code rocksdb} as in production; {@code memory} shows what the stores' engine costs. */
    @Param({"rocksdb", "memory"})
    public String stores;

    @Override
    ArticleSink open() {
        return new CopyDetectionStage("memory".equals(stores));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void articlesThroughStage() {
        feedAll();
    }
}
