package io.wirewatch.bench.processor;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.events.Article;
import io.wirewatch.processor.ProcessorConfig;

/**
 * Memory per live article: feeds N articles of {@link ArticleMix} (default 20,000) into the processor
 * with copy and story windows long enough that every one of them is still inside the copy window at the
 * end, and prints the heap after GC (in total and the growth per article) and the growth of the RocksDB
 * state on disk per article. RocksDB's own off-heap caches are not included. The articles are made one at
 * a time, so the heap holds only what the processor keeps.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.ProcessorMemoryProbe 1000000 --stage
 * java -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.ProcessorMemoryProbe 20000 --histogram
 * </pre>
 *
 * <ul>
 *   <li>default: the whole processor topology in a TopologyTestDriver (RocksDB stores, record caches, claim
 *       extraction and rules), a few hundred articles per second;</li>
 *   <li>{@code --stage}: the copy-detection stage as the topology runs it ({@link PipelinedCopyDetection}:
 *       fingerprints on two threads, the {@code CopyDetectionProcessor} with its story matcher and RocksDB
 *       stores on the calling thread), where the heap per live article is held, fast enough for a
 *       million articles;</li>
 *   <li>{@code --histogram}: also prints the classes holding most heap at the end (as
 *       {@code jcmd PID GC.class_histogram}).</li>
 * </ul>
 */
public final class ProcessorMemoryProbe {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final int HISTOGRAM_LINES = 25;

    private ProcessorMemoryProbe() {
    }

    public static void main(String[] args) throws JMException {
        int count = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 20_000;
        boolean stageOnly = java.util.Arrays.asList(args).contains("--stage");
        boolean histogram = java.util.Arrays.asList(args).contains("--histogram");
        // every article stays inside the copy window (and so the story window) until the end
        Duration window = ArticleMix.SPACING.multipliedBy(count).plusDays(1);
        ProcessorConfig config = ProcessorConfig.defaults().withWindows(window, window);
        Iterator<Article> mix = new ArticleMix(7).stream(count, START, "probe");
        ArticleSink sink;
        Probe probe;
        if (stageOnly) {
            CopyDetectionStage stage = new CopyDetectionStage(false, config);
            sink = new PipelinedCopyDetection(stage);
            probe = new Probe("copy-detection stage", sink::flush, stage::stateBytesOnDisk);
        } else {
            ProcessorUnderTest processor = new ProcessorUnderTest(config);
            sink = processor;
            probe = new Probe("whole topology", processor::drainOutputs, processor::stateBytesOnDisk);
        }
        try (sink) {
            // one article first, so the stores exist and opening them is not counted per article
            sink.process(mix.next());
            probe.settle.run();
            long heapBefore = usedHeapAfterGc();
            long diskBefore = probe.disk.getAsLong();
            long start = System.nanoTime();
            for (int i = 1; i < count; i++) {
                sink.process(mix.next());
                if (i % 500 == 0) {
                    probe.settle.run();
                }
                if (i % 100_000 == 0) {
                    System.err.printf(Locale.ROOT, "%,d articles, %.0f s%n", i, (System.nanoTime() - start) / 1e9);
                }
            }
            probe.settle.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = usedHeapAfterGc();
            long diskAfter = probe.disk.getAsLong();
            int added = count - 1;
            System.out.printf(Locale.ROOT, "%s: %,d live articles in %.0f s (%.0f/s); heap after GC %.1f MB (max %.0f MB), "
                            + "+%.0f bytes/article; state on disk +%.0f bytes/article%n",
                    probe.name, count, seconds, added / seconds, heapAfter / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                    (heapAfter - heapBefore) / (double) added, (diskAfter - diskBefore) / (double) added);
            if (histogram) {
                printHistogram();
            }
        }
    }

    private record Probe(String name, Runnable settle, java.util.function.LongSupplier disk) {
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The top of {@code jcmd PID GC.class_histogram}, taken in this JVM. */
    private static void printHistogram() throws JMException {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        histogram.lines().limit(HISTOGRAM_LINES).forEach(System.out::println);
    }
}
