package io.wirewatch.bench.processor;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.events.Article;

/**
 * Memory per retained article: feeds N articles of {@link ArticleMix} (default 20,000, all inside the
 * copy window) into one topology and prints the growth of the JVM heap (after GC) and of the RocksDB
 * state on disk, each divided by N. RocksDB's own off-heap caches are not included.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.ProcessorMemoryProbe [N]</pre>
 */
public final class ProcessorMemoryProbe {

    private ProcessorMemoryProbe() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<Article> mix = new ArticleMix(7).articles(count, Instant.parse("2026-03-01T00:00:00Z"), "probe");
        try (ProcessorUnderTest processor = new ProcessorUnderTest()) {
            // one article first, so the stores exist and opening them is not counted per article
            processor.process(mix.get(0));
            processor.drainOutputs();
            long heapBefore = usedHeapAfterGc();
            long diskBefore = processor.stateBytesOnDisk();
            long start = System.nanoTime();
            for (int i = 1; i < count; i++) {
                processor.process(mix.get(i));
                if (i % 500 == 0) {
                    processor.drainOutputs();
                }
            }
            processor.drainOutputs();
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = usedHeapAfterGc();
            long diskAfter = processor.stateBytesOnDisk();
            int retained = count - 1;
            System.out.printf(Locale.ROOT, "articles %d in %.1f s (%.0f/s); heap +%.0f bytes/article; state on disk +%.0f bytes/article%n",
                    retained, seconds, retained / seconds, (heapAfter - heapBefore) / (double) retained,
                    (diskAfter - diskBefore) / (double) retained);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
