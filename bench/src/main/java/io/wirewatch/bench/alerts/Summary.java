package io.wirewatch.bench.alerts;

import java.util.Arrays;

/**
 * The figures of one run, printed as one JSON line.
 *
 * @param subscriptions   subscriptions configured
 * @param rules           rules they draw from
 * @param offeredRate     articles per second offered
 * @param achievedRate    articles per second actually produced in the measured part
 * @param measuredSeconds length of the measured part
 * @param claims          claim records produced in the measured part (originals and copies)
 * @param expected        alerts the measured claims should bring to immediate subscriptions
 * @param received        of those, alerts the receiver got
 * @param expectedSourceFiltered of the expected alerts, those at subscriptions with a source filter
 * @param missing         expected alerts not received within the drain time
 * @param missingUnfiltered of those, alerts of subscriptions without a source filter (tells a lost alert from a
 *                        source filter judged otherwise than the workload expects); both should be 0
 * @param deliveries      every webhook request received in the run (warm-up, digests and repeats included)
 * @param deliveriesPerSecond measured alerts received per second of the measured part
 * @param repeats         requests for an alert already received (at-least-once redeliveries)
 * @param unexpected      alerts received that the workload did not expect (neither measured nor warm-up)
 * @param groupWaitMs     the configured groupWait, which latency counts from (claim produced + groupWait)
 * @param p50Ms           latency percentiles of the received measured alerts, milliseconds
 * @param p90Ms           90th percentile
 * @param p99Ms           99th percentile
 * @param maxMs           the slowest
 * @param streamsP50Ms    median of the Streams part alone: claim due → alert committed on the alerts topic
 * @param streamsP99Ms    99th percentile of the Streams part (the rest is the dispatcher's: read, lane, HTTP)
 * @param cpuCores        CPU the JVM used in the measured part (broker, service, receiver and load together), in cores
 * @param loadAverage     the machine's one-minute load average at the end (other work on shared cores)
 */
record Summary(String benchmark, int subscriptions, int rules, double offeredRate, double achievedRate, double measuredSeconds,
               long claims, long expected, long expectedSourceFiltered, long received, long missing, long missingUnfiltered, long deliveries, double deliveriesPerSecond,
               long repeats, long unexpected, long groupWaitMs, double p50Ms, double p90Ms, double p99Ms, double maxMs,
               double streamsP50Ms, double streamsP99Ms, double cpuCores, double loadAverage) {

    /** The {@code q}-quantile (nearest rank) of the latencies in nanoseconds, in milliseconds; 0 for none. */
    static double percentileMs(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return Math.round(sortedNanos[Math.max(0, rank - 1)] / 1e4) / 100.0;
    }

    static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }
}
