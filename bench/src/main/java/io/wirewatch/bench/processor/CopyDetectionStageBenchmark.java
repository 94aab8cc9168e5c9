package io.wirewatch.bench.processor;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Issue 4 target (at least 5,000 articles/s through copy detection and story assignment on the 2-core
 * machine): the same articles as {@link CopyDetectionBenchmark}, fed straight into the stage's
 * fingerprinting, processor and stores, without a test driver around them.
 *
 * <ul>
 *   <li>{@code pipelined}: as the topology runs it, fingerprints computed and serialised on other threads
 *       than the ordered part ({@link PipelinedCopyDetection}): the figure for the target;</li>
 *   <li>{@code oneThread}: everything on one thread ({@link CopyDetectionStage}): the stage's cost per
 *       article.</li>
 * </ul>
 *
 * <pre>java -jar bench/target/benchmarks.jar CopyDetectionStageBenchmark</pre>
 */
public class CopyDetectionStageBenchmark extends FreshTopologyRun {

    /** {@code rocksdb} as in production; {@code memory} shows what the stores' engine costs. */
    @Param({"rocksdb", "memory"})
    public String stores;

    /** {@code pipelined} as the topology runs the stage, {@code oneThread} for its cost per article. */
    @Param({"pipelined", "oneThread"})
    public String threads;

    @Override
    ArticleSink open() {
        boolean inMemory = "memory".equals(stores);
        return "pipelined".equals(threads) ? new PipelinedCopyDetection(inMemory) : new CopyDetectionStage(inMemory);
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void articlesThroughStage() {
        feedAll();
    }
}
