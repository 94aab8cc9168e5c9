package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The packed table against its reference form: a map of key → count and a map of key → sum. */
class KeyCountTableTest {

    /** The reference: what the two fastutil maps did, in plain maps. */
    private static final class Reference {
        final Map<Long, Integer> counts = new HashMap<>();
        final Map<Long, Long> sums = new HashMap<>();

        int add(long key, int delta, long term) {
            int count = counts.getOrDefault(key, 0) + delta;
            if (count <= 0) {
                counts.remove(key);
                sums.remove(key);
                return 0;
            }
            counts.put(key, count);
            sums.merge(key, delta * term, Long::sum);
            return count;
        }
    }

    @Test
    void agreesWithMapsOnRandomAddsAndRemovals() {
        agreesOnRandomAddsAndRemovals(KeyCountTable.countsAndSums(), true);
    }

    @Test
    void aTableOfCountsAloneAgreesWithTheCountsMap() {
        KeyCountTable table = KeyCountTable.counts();
        agreesOnRandomAddsAndRemovals(table, false);
        assertThatThrownBy(() -> table.sum(1)).isInstanceOf(IllegalStateException.class);
    }

    private static void agreesOnRandomAddsAndRemovals(KeyCountTable table, boolean sums) {
        Random random = new Random(16);
        // enough keys that segments hold several records each, few enough that keys come back often
        long[] pool = random.longs(200_000).toArray();
        long[] terms = random.longs(50).toArray();
        Reference reference = new Reference();
        for (int op = 0; op < 700_000; op++) {
            long key = pool[random.nextInt(pool.length)];
            // more adds than removals at first, then more removals, so that segments grow and shrink
            int delta = random.nextInt(10) < (op < 420_000 ? 7 : 3) ? 1 : -1;
            if (random.nextInt(50) == 0) {
                delta *= 1 + random.nextInt(4);
            }
            long term = terms[random.nextInt(terms.length)];
            int count = table.add(key, delta, term);
            int expected = reference.add(key, delta, term);
            if (count != expected) { // an assertion per operation would take most of the test's time
                assertThat(count).as("count after op %d", op).isEqualTo(expected);
            }
            if (op % 250_000 == 0) {
                assertSame(table, reference, pool, sums);
            }
        }
        assertSame(table, reference, pool, sums);
        for (long key : pool) {
            int count = table.count(key);
            table.add(key, -count, 0);
            reference.add(key, -count, 0);
        }
        assertSame(table, reference, pool, sums);
        assertThat(table.size()).isZero();
    }

    @Test
    void keysNearEachOtherAndAtTheEndsOfTheRangeAreToldApart() {
        KeyCountTable table = KeyCountTable.countsAndSums();
        Reference reference = new Reference();
        long[] keys = {0, 1, 2, -1, -2, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 48, 1L << 47, 0xFFFF, 0x10000};
        for (int i = 0; i < keys.length; i++) {
            for (int j = 0; j <= i; j++) {
                table.add(keys[i], 1, j);
                reference.add(keys[i], 1, j);
            }
        }
        assertSame(table, reference, keys);
        table.add(2, -3, 2);
        reference.add(2, -3, 2);
        assertSame(table, reference, keys);
    }

    @Test
    void countsBeyondTheFieldAreKeptExactly() {
        KeyCountTable table = KeyCountTable.countsAndSums();
        Reference reference = new Reference();
        long key = 42;
        long[] keys = {key, 43};
        table.add(43, 1, 7);
        reference.add(43, 1, 7);
        for (int i = 0; i < KeyCountTable.LARGE + 20; i++) {
            assertThat(table.add(key, 1, i)).isEqualTo(reference.add(key, 1, i));
        }
        assertSame(table, reference, keys);
        for (int i = 0; i < 30; i++) {
            assertThat(table.add(key, -1, i)).isEqualTo(reference.add(key, -1, i));
            assertThat(table.count(key)).isEqualTo(reference.counts.get(key));
        }
        assertThat(table.add(key, KeyCountTable.LARGE, 3)).isEqualTo(reference.add(key, KeyCountTable.LARGE, 3));
        assertSame(table, reference, keys);
        assertThat(table.add(key, -table.count(key), 0)).isZero();
        reference.add(key, -reference.counts.get(key), 0);
        assertSame(table, reference, keys);
        assertThat(table.add(key, KeyCountTable.LARGE - 1, 5)).as("below the field's limit again").isEqualTo(KeyCountTable.LARGE - 1);
        assertThat(table.add(key, 1, 5)).isEqualTo(KeyCountTable.LARGE);
        assertThat(table.add(key, -1, 5)).isEqualTo(KeyCountTable.LARGE - 1);
        assertThat(table.count(key)).isEqualTo(KeyCountTable.LARGE - 1);
    }

    @Test
    void takingAwayWhatWasNeverAddedLeavesNothing() {
        KeyCountTable table = KeyCountTable.countsAndSums();
        assertThat(table.add(5, -1, 9)).isZero();
        assertThat(table.count(5)).isZero();
        assertThat(table.sum(5)).isZero();
        assertThat(table.size()).isZero();
    }

    private static void assertSame(KeyCountTable table, Reference reference, long[] keys) {
        assertSame(table, reference, keys, true);
    }

    private static void assertSame(KeyCountTable table, Reference reference, long[] keys, boolean sums) {
        for (long key : keys) {
            // compared first, asserted on a difference: an assertion per key would take most of the test's time
            int count = reference.counts.getOrDefault(key, 0);
            if (table.count(key) != count) {
                assertThat(table.count(key)).as("count of %d", key).isEqualTo(count);
            }
            long sum = reference.sums.getOrDefault(key, 0L);
            if (sums && table.sum(key) != sum) {
                assertThat(table.sum(key)).as("sum of %d", key).isEqualTo(sum);
            }
        }
        assertThat(table.size()).isEqualTo(reference.counts.size());
    }
}
