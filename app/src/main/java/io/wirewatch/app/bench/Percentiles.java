package io.wirewatch.app.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of durations in nanoseconds, given in milliseconds with one decimal. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in ms, or null for no values. */
    static Double ms(Collection<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return null;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return round(sorted[Math.max(0, rank - 1)] / 1e6);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
