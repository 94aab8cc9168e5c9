package io.wirewatch.bench.processor;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.wirewatch.events.Article;

/**
 * The share of {@link ProcessorThroughputBenchmark} that copy detection and story assignment take: the
 * same {@value ProcessorThroughputBenchmark#ARTICLES} articles of {@link ArticleMix} through
 * {@link CopyDetectionTopology} (no repartition, no claims, no rules); the score is articles per second.
 *
 * <pre>java -jar bench/target/benchmarks.jar CopyDetectionBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CopyDetectionBenchmark {

    private List<Article> mix;
    private ProcessorUnderTest processor;

    @Setup(Level.Trial)
    public void generate() {
        mix = new ArticleMix(42).articles(ProcessorThroughputBenchmark.ARTICLES, Instant.parse("2026-03-01T00:00:00Z"), "bench");
    }

    // A fresh topology per invocation, as in ProcessorThroughputBenchmark: the same articles twice would be exact duplicates.
    @Setup(Level.Invocation)
    public void freshTopology() {
        processor = new ProcessorUnderTest(CopyDetectionTopology.build());
    }

    @TearDown(Level.Invocation)
    public void closeTopology() {
        processor.close();
    }

    @Benchmark
    @OperationsPerInvocation(ProcessorThroughputBenchmark.ARTICLES)
    public void articlesThroughCopyDetection() {
        for (Article article : mix) {
            processor.process(article);
        }
    }
}
