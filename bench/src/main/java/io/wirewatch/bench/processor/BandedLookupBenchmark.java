package io.wirewatch.bench.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.wirewatch.events.Article;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.copies.CandidateIndex;
import io.wirewatch.processor.copies.FingerprintedArticle;
import io.wirewatch.processor.copies.Fingerprinter;

/**
 * Issue 16: what the single ordered task spends per article, and what a key-partitioned candidate lookup
 * ({@link KeyShards}) takes off it. The articles of {@link FreshTopologyRun} ({@value FreshTopologyRun#ARTICLES}, 40 %
 * copies), fingerprinted beforehand as the input tasks do; per invocation a fresh stage or index.
 *
 * <ul>
 *   <li>{@code stage}: the production ordered stage ({@link CopyDetectionStage}, RocksDB stores) on the fingerprinted
 *       articles: copy detection and story matching with the stage's own candidate lookup;</li>
 *   <li>{@code ownLookup}: that lookup alone, as the ordered task does it: the production {@link CandidateIndex} asked
 *       for the 32 best candidates (not for an exact copy, which the stage finds by its content hash), then the
 *       article listed under its keys;</li>
 *   <li>{@code shards1}, {@code shards2}: the same answers from 1 or 2 key shards on their own threads; the
 *       benchmark thread (the ordered task) splits the keys, hands them on {@link #ahead} articles ahead and merges
 *       the answers;</li>
 *   <li>{@code stageOwnLookup}, {@code stageShards1}, {@code stageShards2}: the stage and, after each article, one of
 *       the above for it on the same thread: the lookup's or the merge's cost among the stage's stores, story tables and
 *       garbage, which take its data out of the CPU caches (the isolated figures are the lookup with its data in
 *       cache). Each iteration prints the ordered thread's CPU time in that part alone (read before and after it for
 *       every article, less what the two reads cost, which is measured when the trial starts).</li>
 * </ul>
 *
 * <p>The score is wall time; on a machine shared with other work the figure that matters is the ordered thread's CPU
 * time per article, which each iteration prints (with the shard threads'), from {@link ThreadMXBean}. The ordered task
 * with shards then costs {@code stage − lookup + merge} per article, the last two as measured within the stage.
 *
 * <pre>java -jar bench/target/benchmarks.jar BandedLookupBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BandedLookupBenchmark {

    /** As {@code CopyDetectionProcessor}: the best-sharing candidates it verifies. */
    static final int LIMIT = 32;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"stage", "ownLookup", "shards1", "shards2", "stageOwnLookup", "stageShards1", "stageShards2"})
    public String part;

    /**
     * Articles handed to the shards ahead of the one the ordered task decides: 64 as the fingerprinting tasks would
     * feed them; 0 for a round trip per article, which an exact design needs for an article whose keys change once its
     * boilerplate lines are known (the ordered task knows them only once the article before it is decided).
     */
    @Param({"64"})
    public int ahead;

    private List<FingerprintedArticle> articles;
    private CopyDetectionStage stage;
    private CandidateIndex index;
    private KeyShards shards;
    private long orderedCpuNs;
    private long shardCpuNs;
    private long partNs;
    /**
     * What one {@link ThreadMXBean#getCurrentThreadCpuTime} costs: a part timed by a read before and one after it
     * counts about one read's cost too (the end of the first, the start of the second).
     */
    private double clockReadNs;
    private long processed;

    @Setup(Level.Trial)
    public void fingerprint() {
        Fingerprinter fingerprinter = new Fingerprinter(ProcessorConfig.defaults().copySettings());
        articles = FreshTopologyRun.articles().stream()
                .map(article -> new FingerprintedArticle(article, fingerprinter.fingerprint(article)))
                .toList();
        int reads = 400_000;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < reads; i++) {
            THREADS.getCurrentThreadCpuTime();
        }
        clockReadNs = (double) (THREADS.getCurrentThreadCpuTime() - start) / reads;
    }

    @Setup(Level.Invocation)
    public void fresh() {
        if (part.startsWith("stage")) {
            stage = new CopyDetectionStage(false);
        }
        switch (part) {
            case "stage" -> { }
            case "ownLookup", "stageOwnLookup" -> index = new CandidateIndex();
            case "shards1", "stageShards1" -> shards = new KeyShards(1);
            case "shards2", "stageShards2" -> shards = new KeyShards(2);
            default -> throw new IllegalArgumentException("unknown part: " + part);
        }
    }

    @TearDown(Level.Invocation)
    public void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
        if (shards != null) {
            shards.close();
            shards = null;
        }
        index = null;
    }

    @Setup(Level.Iteration)
    public void resetCpu() {
        orderedCpuNs = 0;
        shardCpuNs = 0;
        partNs = 0;
        processed = 0;
    }

    @TearDown(Level.Iteration)
    public void printCpu() {
        System.out.printf("%n[%s] ordered thread CPU %.1f µs per article, shard threads %.1f µs per article, "
                + "CPU of the lookup or hand-on and merge alone %.1f µs per article (%d articles, a clock read %.2f µs)%n",
                part, orderedCpuNs / 1e3 / processed, shardCpuNs / 1e3 / processed, partNs == 0 ? 0 : (partNs / (double) processed - clockReadNs) / 1e3,
                processed, clockReadNs / 1e3);
    }

    @Benchmark
    @OperationsPerInvocation(FreshTopologyRun.ARTICLES)
    public void perArticle(Blackhole sink) {
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        if (index != null) {
            ownLookup(sink);
        } else if (shards != null) {
            shardLookup(sink);
        } else {
            articles.forEach(stage::process);
        }
        orderedCpuNs += THREADS.getCurrentThreadCpuTime() - cpuBefore;
        processed += articles.size();
        if (shards != null) {
            for (Thread thread : shards.threads()) {
                shardCpuNs += THREADS.getThreadCpuTime(thread.getId());
            }
        }
    }

    private void ownLookup(Blackhole sink) {
        Set<String> contentHashes = new HashSet<>();
        for (FingerprintedArticle article : articles) {
            String id = article.article().id();
            long[] keys = article.fingerprint().candidateKeys();
            boolean exactCopy = exactCopy(article.article(), contentHashes);
            inStage(article);
            long start = THREADS.getCurrentThreadCpuTime();
            if (!exactCopy) {
                sink.consume(index.candidates(keys, id, LIMIT));
            }
            index.add(id, keys);
            partNs += THREADS.getCurrentThreadCpuTime() - start;
        }
    }

    private void shardLookup(Blackhole sink) {
        ArrayDeque<KeyShards.Pending> pending = new ArrayDeque<>();
        int handedOn = 0;
        for (int i = 0; i < articles.size(); i++) {
            inStage(articles.get(i));
            long start = THREADS.getCurrentThreadCpuTime();
            while (handedOn < articles.size() && handedOn <= i + ahead) {
                FingerprintedArticle next = articles.get(handedOn++);
                pending.add(shards.lookUpAndAdd(next.article().id(), next.fingerprint().candidateKeys()));
            }
            sink.consume(pending.poll().candidates(LIMIT));
            partNs += THREADS.getCurrentThreadCpuTime() - start;
        }
    }

    /** The stage's own work for the article, in the modes that measure a part within it. */
    private void inStage(FingerprintedArticle article) {
        if (stage != null) {
            stage.process(article);
        }
    }

    /** What the stage finds by its content-hash store before it asks the index (a set here: its cost is the stage's either way). */
    private static boolean exactCopy(Article article, Set<String> contentHashes) {
        return article.contentHash() != null && !article.text().isBlank() && !contentHashes.add(article.contentHash());
    }
}
