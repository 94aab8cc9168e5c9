package io.wirewatch.processor.story;

import java.util.Arrays;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import io.wirewatch.processor.copies.Hashing;

/**
 * A count per 64-bit key, and optionally a sum, packed for millions of keys (the distinct keys of the live
 * stories at a million live articles): 8 bytes per key, 16 with sums, and a little slack, no object per key.
 * The two fastutil maps it replaces (count, sum) held each key twice, in tables a quarter to five eighths
 * empty, about 50 bytes per key, and each doubled its table when full, briefly holding the old one and the new
 * one at once.
 *
 * <p>A key is {@link Hashing#mix mixed} (a bijection); the top {@value #SEGMENT_BITS} bits of the mix choose a
 * segment, which holds one record per key, sorted: the other 48 bits of the mix with the count below them in
 * one long ({@link #records}), the sum, if kept, in a parallel array ({@link #sums}). Segment and stored bits are the
 * whole mix, so keys are told apart exactly, not by a fingerprint. The count field has
 * {@value #COUNT_BITS} bits; a count from {@link #LARGE} up is kept in {@link #largeCounts} (a word of
 * most stories in a window of 65,535 stories or more). Segments are small (some 80 records at five million
 * keys): the mix spreads keys evenly, so a key's position is guessed from its bits and found a step or two
 * away, and an insertion shifts few records. Each segment grows and shrinks on its own.
 *
 * <p>Not thread-safe (the one ordered task).
 */
final class KeyCountTable {

    private static final int SEGMENT_BITS = 16;
    /** The count field takes the bits of the mix that the segment stands for. */
    private static final int COUNT_BITS = SEGMENT_BITS;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    /** The count field of a key whose count is in {@link #largeCounts}. */
    static final int LARGE = (int) COUNT_MASK;
    private static final long[] EMPTY = new long[0];
    /** 2^48 as a double: the stored bits of a mix, as a fraction of it, guess the record's position. */
    private static final double STORED_RANGE = 0x1p48;

    /** Per segment: the stored bits of each key's mix, shifted up, and its count field; sorted ascending. */
    private final long[][] records = new long[1 << SEGMENT_BITS][];
    /** Per segment: each key's sum, in the order of {@link #records}; null in a table without sums. */
    private final long[][] sums;
    private final int[] sizes = new int[1 << SEGMENT_BITS];
    /** mix → count, for the keys counted {@link #LARGE} times or more. */
    private final Long2IntOpenHashMap largeCounts = new Long2IntOpenHashMap();
    private int keys;

    private KeyCountTable(boolean withSums) {
        Arrays.fill(records, EMPTY);
        sums = withSums ? new long[1 << SEGMENT_BITS][] : null;
        if (withSums) {
            Arrays.fill(sums, EMPTY);
        }
    }

    /** A table of counts alone. */
    static KeyCountTable counts() {
        return new KeyCountTable(false);
    }

    /** A table of counts and sums. */
    static KeyCountTable countsAndSums() {
        return new KeyCountTable(true);
    }

    /** Adds {@code delta} to the key's count ({@link #add(long, int, long)} without a term). */
    int add(long key, int delta) {
        return add(key, delta, 0);
    }

    /**
     * Adds {@code delta} to the key's count and {@code delta × term} to its sum (wrapping, as long arithmetic
     * does, so that what is added and taken away again cancels exactly). A key whose count falls to 0 or below
     * is dropped with its sum. A table without sums ignores the term.
     *
     * @return the key's count after the change, 0 if dropped
     */
    int add(long key, int delta, long term) {
        long mixed = Hashing.mix(key);
        int s = segment(mixed);
        long stored = stored(mixed);
        long[] segment = records[s];
        int size = sizes[s];
        int at = position(segment, size, stored);
        boolean present = at < size && segment[at] >>> COUNT_BITS == stored;
        int count = (present ? count(mixed, segment[at]) : 0) + delta;
        if (count <= 0) {
            if (present) {
                delete(s, at);
                largeCounts.remove(mixed);
            }
            return 0;
        }
        if (!present) {
            insert(s, at, stored);
            segment = records[s];
        }
        if (count >= LARGE) {
            largeCounts.put(mixed, count);
        } else {
            largeCounts.remove(mixed);
        }
        segment[at] = stored << COUNT_BITS | Math.min(count, LARGE);
        if (sums != null) {
            sums[s][at] += delta * term;
        }
        return count;
    }

    /** The key's count, 0 if it has none. */
    int count(long key) {
        long mixed = Hashing.mix(key);
        int s = segment(mixed);
        long stored = stored(mixed);
        long[] segment = records[s];
        int at = position(segment, sizes[s], stored);
        return at < sizes[s] && segment[at] >>> COUNT_BITS == stored ? count(mixed, segment[at]) : 0;
    }

    /** The key's sum, 0 if it has no count. */
    long sum(long key) {
        if (sums == null) {
            throw new IllegalStateException("a table of counts alone keeps no sums");
        }
        long mixed = Hashing.mix(key);
        int s = segment(mixed);
        long stored = stored(mixed);
        int at = position(records[s], sizes[s], stored);
        return at < sizes[s] && records[s][at] >>> COUNT_BITS == stored ? sums[s][at] : 0;
    }

    /** Keys with a count. */
    int size() {
        return keys;
    }

    private int count(long mixed, long record) {
        int field = (int) (record & COUNT_MASK);
        return field == LARGE ? largeCounts.get(mixed) : field;
    }

    private void insert(int s, int at, long stored) {
        int size = sizes[s];
        if (size == records[s].length) {
            int capacity = roomFor(size + 1);
            records[s] = Arrays.copyOf(records[s], capacity);
            if (sums != null) {
                sums[s] = Arrays.copyOf(sums[s], capacity);
            }
        }
        System.arraycopy(records[s], at, records[s], at + 1, size - at);
        records[s][at] = stored << COUNT_BITS;
        if (sums != null) {
            System.arraycopy(sums[s], at, sums[s], at + 1, size - at);
            sums[s][at] = 0;
        }
        sizes[s] = size + 1;
        keys++;
    }

    private void delete(int s, int at) {
        int size = sizes[s] - 1;
        System.arraycopy(records[s], at + 1, records[s], at, size - at);
        if (sums != null) {
            System.arraycopy(sums[s], at + 1, sums[s], at, size - at);
        }
        sizes[s] = size;
        keys--;
        // give memory back once a segment is mostly empty, as after a burst of stories has left the window
        int capacity = size == 0 ? 0 : size < records[s].length / 2 && records[s].length > 8 ? roomFor(size) : records[s].length;
        if (capacity != records[s].length) {
            records[s] = capacity == 0 ? EMPTY : Arrays.copyOf(records[s], capacity);
            if (sums != null) {
                sums[s] = capacity == 0 ? EMPTY : Arrays.copyOf(sums[s], capacity);
            }
        }
    }

    /** A capacity for {@code size} records and a little more: about an eighth. */
    private static int roomFor(int size) {
        return size + (size >> 3) + 2;
    }

    private static int segment(long mixed) {
        return (int) (mixed >>> (64 - SEGMENT_BITS));
    }

    /** The 48 bits of the mix below the segment's. */
    private static long stored(long mixed) {
        return mixed & (-1L >>> SEGMENT_BITS);
    }

    /**
     * The first record whose stored bits are not below {@code stored}: guessed from where {@code stored} lies in
     * its range (the mix spreads keys evenly over it), then walked to, one record at a time.
     */
    private static int position(long[] segment, int size, long stored) {
        int at = (int) (stored / STORED_RANGE * size);
        while (at > 0 && segment[at - 1] >>> COUNT_BITS >= stored) {
            at--;
        }
        while (at < size && segment[at] >>> COUNT_BITS < stored) {
            at++;
        }
        return at;
    }
}
