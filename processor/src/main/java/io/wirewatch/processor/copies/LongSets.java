package io.wirewatch.processor.copies;

import java.util.Arrays;

/** Set operations on sorted arrays of distinct longs: compact to store, linear to intersect. */
public final class LongSets {

    private LongSets() {
    }

    public static long[] sortedDistinct(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    public static int intersectionSize(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    /** The elements of {@code a} that are not in {@code b}. */
    public static long[] minus(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long value : a) {
            while (j < b.length && b[j] < value) {
                j++;
            }
            if (j >= b.length || b[j] != value) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
