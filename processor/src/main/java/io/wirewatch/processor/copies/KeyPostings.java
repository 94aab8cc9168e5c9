package io.wirewatch.processor.copies;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The article slots listed under each candidate key, packed for a million live articles (about 52
 * postings each) to fit in a few hundred MB: 7 bytes per posting, no object per key or per article.
 *
 * <p>A key is first {@link Hashing#mix mixed} (a bijection); its top {@value #SEGMENT_BITS} bits choose a
 * segment and the next 32 bits are the key's fingerprint there. A segment is one byte array of 7-byte
 * records, fingerprint then slot (24 bits), kept sorted, so that the postings of one key lie side by side
 * and are found by binary search. Segments are small (about 200 records at a million articles), so an
 * insertion or removal shifts little; each grows and shrinks on its own, so there is never a second copy
 * of the whole index in memory.
 *
 * <p>Keys are compared by those 50 bits of their mix, not all 64: two keys of the window that differ
 * only in the other 14 bits read as one. With N postings in the window a lookup meets such a stranger with
 * probability about N / 2^50 (5 · 10^-8 at 52 million postings, a million live articles), and all it does
 * is offer one more candidate, which verification against the stored shingles rejects.
 */
final class KeyPostings {

    static final int MAX_SLOTS = 1 << 24;
    /** {@link #add} result: the slot was listed under the key already. */
    static final int ALREADY_LISTED = -2;
    /** {@link #add} result: listed, and the key had room. */
    static final int NONE_DROPPED = -1;

    private static final int SEGMENT_BITS = 18;
    private static final int RECORD = 7;
    private static final long SLOT_MASK = MAX_SLOTS - 1;
    private static final byte[] EMPTY = new byte[1];
    /** Reads 8 bytes big-endian: a record and the first byte of the next (or the array's pad byte). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** Records sorted ascending; {@code RECORD * capacity + 1} bytes, the last a pad for {@link #LONGS}. */
    private final byte[][] segments = new byte[1 << SEGMENT_BITS][];
    private final int[] sizes = new int[1 << SEGMENT_BITS];

    KeyPostings() {
        Arrays.fill(segments, EMPTY);
    }

    /**
     * Lists the slot under the key, keeping at most {@code cap} slots there: when it has more, the one
     * with the lowest {@code arrival} goes.
     *
     * @return {@link #ALREADY_LISTED}, {@link #NONE_DROPPED} or the slot dropped to make room
     */
    int add(long key, int slot, int cap, IntUnaryOperator arrival) {
        long mixed = Hashing.mix(key);
        int s = segment(mixed);
        long first = first(mixed);
        long record = first | slot;
        byte[] segment = segments[s];
        int size = sizes[s];
        int at = lowerBound(segment, size, record);
        if (at < size && record(segment, at) == record) {
            return ALREADY_LISTED;
        }
        if (size == capacity(segment)) {
            segment = resized(segment, size, roomFor(size + 1));
            segments[s] = segment;
        }
        System.arraycopy(segment, at * RECORD, segment, (at + 1) * RECORD, (size - at) * RECORD);
        write(segment, at, record);
        sizes[s] = ++size;
        int from = lowerBound(segment, size, first);
        int to = from;
        int oldest = -1;
        while (to < size && record(segment, to) <= (first | SLOT_MASK)) {
            int listed = (int) (record(segment, to) & SLOT_MASK);
            if (oldest < 0 || arrival.applyAsInt(listed) < arrival.applyAsInt((int) (record(segment, oldest) & SLOT_MASK))) {
                oldest = to;
            }
            to++;
        }
        if (to - from <= cap) {
            return NONE_DROPPED;
        }
        int dropped = (int) (record(segment, oldest) & SLOT_MASK);
        delete(s, oldest);
        return dropped;
    }

    /** Takes the slot off the key; false if it was not listed there. */
    boolean remove(long key, int slot) {
        long mixed = Hashing.mix(key);
        int s = segment(mixed);
        long record = first(mixed) | slot;
        int at = lowerBound(segments[s], sizes[s], record);
        if (at == sizes[s] || record(segments[s], at) != record) {
            return false;
        }
        delete(s, at);
        return true;
    }

    /** The slots listed under the key. */
    void forEach(long key, IntConsumer slots) {
        long mixed = Hashing.mix(key);
        int s = segment(mixed);
        long first = first(mixed);
        byte[] segment = segments[s];
        int size = sizes[s];
        for (int i = lowerBound(segment, size, first); i < size; i++) {
            long record = record(segment, i);
            if (record > (first | SLOT_MASK)) {
                return;
            }
            slots.accept((int) (record & SLOT_MASK));
        }
    }

    /** Takes the matching slots off every key: a full scan, for what the keys given to a removal missed. */
    void removeAll(IntPredicate slots) {
        for (int s = 0; s < segments.length; s++) {
            for (int i = sizes[s] - 1; i >= 0; i--) {
                if (slots.test((int) (record(segments[s], i) & SLOT_MASK))) {
                    delete(s, i);
                }
            }
        }
    }

    /** How many distinct keys (as compared here) list a slot: a full scan. */
    int keyCount() {
        int keys = 0;
        for (int s = 0; s < segments.length; s++) {
            for (int i = 0; i < sizes[s]; i++) {
                if (i == 0 || record(segments[s], i) >>> 24 != record(segments[s], i - 1) >>> 24) {
                    keys++;
                }
            }
        }
        return keys;
    }

    void clear() {
        Arrays.fill(segments, EMPTY);
        Arrays.fill(sizes, 0);
    }

    private void delete(int s, int at) {
        byte[] segment = segments[s];
        int size = sizes[s] - 1;
        System.arraycopy(segment, (at + 1) * RECORD, segment, at * RECORD, (size - at) * RECORD);
        sizes[s] = size;
        // give memory back once a segment is mostly empty, as after a burst has left the window
        if (size == 0) {
            segments[s] = EMPTY;
        } else if (size < capacity(segment) / 2 && capacity(segment) > 16) {
            segments[s] = resized(segment, size, roomFor(size));
        }
    }

    /** A capacity for {@code size} records and a little more: the more records, the less slack in proportion. */
    private static int roomFor(int size) {
        return size + (size >> 4) + 2;
    }

    private static int segment(long mixed) {
        return (int) (mixed >>> (64 - SEGMENT_BITS));
    }

    /** The key's fingerprint, shifted to the top of its records: the lowest record the key can have. */
    private static long first(long mixed) {
        return ((mixed >>> (64 - SEGMENT_BITS - 32)) & 0xFFFF_FFFFL) << 24;
    }

    private static int capacity(byte[] segment) {
        return (segment.length - 1) / RECORD;
    }

    private static byte[] resized(byte[] segment, int size, int capacity) {
        byte[] copy = new byte[capacity * RECORD + 1];
        System.arraycopy(segment, 0, copy, 0, size * RECORD);
        return copy;
    }

    private static long record(byte[] segment, int i) {
        return (long) LONGS.get(segment, i * RECORD) >>> 8;
    }

    private static void write(byte[] segment, int i, long record) {
        long next = (long) LONGS.get(segment, i * RECORD) & 0xFF;
        LONGS.set(segment, i * RECORD, record << 8 | next);
    }

    /** The first index whose record is not below {@code record}. */
    private static int lowerBound(byte[] segment, int size, long record) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (record(segment, mid) < record) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
