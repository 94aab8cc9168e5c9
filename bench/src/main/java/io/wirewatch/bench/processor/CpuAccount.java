package io.wirewatch.bench.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time this JVM spends, in total and by kind of thread, between two points of a run: a figure that a
 * machine shared with other work changes far less than wall-clock throughput. The total counts what no
 * Java thread shows (the JIT compilers, the garbage collector, RocksDB's own threads).
 */
final class CpuAccount {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long processStart;
    private final Map<Long, Long> threadStart = new HashMap<>();

    private CpuAccount() {
        processStart = processCpuNanos();
        for (long id : THREADS.getAllThreadIds()) {
            threadStart.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
        }
    }

    static CpuAccount start() {
        return new CpuAccount();
    }

    /** Milliseconds of CPU per item since {@link #start()}: total, then by kind of thread, formatted for one line. */
    String perItem(int items) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        byKind.put("stream threads", 0L);
        byKind.put("client network", 0L);
        byKind.put("broker", 0L);
        byKind.put("other threads", 0L);
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                byKind.merge(kind(info.getThreadName()), cpu - threadStart.getOrDefault(info.getThreadId(), 0L), Long::sum);
            }
        }
        long total = processCpuNanos() - processStart;
        long javaThreads = byKind.values().stream().mapToLong(Long::longValue).sum();
        byKind.put("JIT, GC, native", Math.max(0, total - javaThreads));
        return String.format("%.2f ms CPU per article (%s)", total / 1e6 / items,
                byKind.entrySet().stream().map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / 1e6 / items))
                        .collect(Collectors.joining(", ")));
    }

    private static String kind(String threadName) {
        if (threadName.contains("StreamThread") && !threadName.contains("producer")) {
            return "stream threads";
        }
        if (threadName.startsWith("kafka-producer-network-thread") || threadName.startsWith("kafka-coordinator-heartbeat")) {
            return "client network";
        }
        if (threadName.startsWith("data-plane") || threadName.startsWith("kafka-") || threadName.contains("Txn")
                || threadName.startsWith("group-coordinator") || threadName.startsWith("ExpirationReaper")
                || threadName.startsWith("log-") || threadName.startsWith("quorum") || threadName.startsWith("broker-")
                || threadName.startsWith("controller-") || threadName.startsWith("raft")) {
            return "broker";
        }
        return "other threads";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
