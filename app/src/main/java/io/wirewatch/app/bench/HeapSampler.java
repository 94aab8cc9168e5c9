package io.wirewatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of used heap, sampled every 100 ms: garbage included, as a heap limit ({@code -Xmx}) must
 * allow for it. The whole JVM: the services, the embedded broker when there is one, and the bench's own
 * generated articles.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wirewatch-bench-heap");
        thread.setDaemon(true);
        return thread;
    });

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.scheduler.scheduleAtFixedRate(sampler::sample, 0, 100, TimeUnit.MILLISECONDS);
        return sampler;
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The highest used heap seen, in MB. */
    double peakMb() {
        sample();
        return peak.get() / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
