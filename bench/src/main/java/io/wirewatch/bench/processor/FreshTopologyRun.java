package io.wirewatch.bench.processor;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.events.Article;

/**
 * What the processor benchmarks share: {@value #ARTICLES} articles of {@link ArticleMix} (40 % copies),
 * fed per invocation into a fresh topology, scored in articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public abstract class FreshTopologyRun {

    static final int ARTICLES = 5_000;

    private List<Article> mix;
    private ArticleSink processor;

    /** The topology or stage under test, freshly built with empty state. */
    abstract ArticleSink open();

    @Setup(Level.Trial)
    public void generate() {
        mix = articles();
    }

    /** The {@value #ARTICLES} articles every processor benchmark feeds, the same in each. */
    static List<Article> articles() {
        return new ArticleMix(42).articles(ARTICLES, Instant.parse("2026-03-01T00:00:00Z"), "bench");
    }

    // Per invocation, not per iteration: the same 5,000 articles fed twice into one topology would be
    // exact duplicates, which are cheaper than the realistic mix.
    @Setup(Level.Invocation)
    public void freshTopology() {
        processor = open();
    }

    @TearDown(Level.Invocation)
    public void closeTopology() {
        processor.close();
    }

    /** Feeds the whole mix; the benchmark methods call this with {@code @OperationsPerInvocation(ARTICLES)}. */
    void feedAll() {
        for (Article article : mix) {
            processor.process(article);
        }
        processor.flush();
    }
}
