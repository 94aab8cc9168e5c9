package io.wirewatch.processor.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * Eviction through the index against its simple reference form, the full scan it replaces (delete every
 * key whose time is before the cut-off): on random streams of writes, times that go up and down, values that
 * never expire, and state written before the index existed.
 */
class ExpiryIndexTest {

    private static final int KEYS = 24;

    @Property(tries = 300)
    void evictionEqualsTheFullScan(@ForAll long seed) throws Exception {
        try (InMemoryStores stores = new InMemoryStores("expiry-index")) {
            Random random = new Random(seed);
            KeyValueStore<String, Long> indexed = stores.open("indexed", Serdes.Long());
            KeyValueStore<String, Long> reference = stores.open("reference", Serdes.Long());
            KeyValueStore<String, String> entries = index(stores);
            long now = 1_000_000;
            if (random.nextBoolean()) { // an earlier build's state: the store is full, the index empty
                int earlier = random.nextInt(KEYS);
                for (int i = 0; i < earlier; i++) {
                    String key = "k" + random.nextInt(KEYS);
                    long time = randomTime(random, now);
                    indexed.put(key, time);
                    reference.put(key, time);
                }
            }
            ExpiryIndex<Long> expiry = new ExpiryIndex<>(entries, "t", indexed, time -> time, Duration.ofMillis(1 + random.nextInt(300)));
            expiry.backfill();
            for (int step = 0; step < 400; step++) {
                if (random.nextInt(12) > 0) {
                    // one record's writes: a few keys, some of them twice
                    for (int write = 0; write < 1 + random.nextInt(4); write++) {
                        String key = "k" + random.nextInt(KEYS);
                        long time = randomTime(random, now);
                        expiry.put(key, indexed.get(key), time);
                        reference.put(key, time);
                    }
                    expiry.flush();
                    now += random.nextInt(50);
                } else {
                    long cutoff = now - random.nextInt(400);
                    Map<String, Long> evicted = new TreeMap<>();
                    expiry.evictBefore(cutoff, evicted::put);
                    assertThat(evicted).as("told of each expired key, with its value").isEqualTo(fullScan(reference, cutoff));
                    assertThat(contents(indexed)).as("the store after eviction at %d", cutoff).isEqualTo(contents(reference));
                    assertThat(contents(entries).keySet()).as("no entry left before the cut-off")
                            .allSatisfy(entry -> assertThat(entry.compareTo("t/" + ExpiryIndex.hex(cutoff))).isGreaterThan(0));
                }
                assertListed(indexed, entries);
            }
        }
    }

    @Test
    void backfillListsAnEarlierBuildsStateOnceAndNeverAgain() throws Exception {
        try (InMemoryStores stores = new InMemoryStores("expiry-index")) {
            KeyValueStore<String, Long> main = stores.open("indexed", Serdes.Long());
            main.put("old", 100L);
            main.put("forever", ExpiryIndex.NEVER);
            ExpiryIndex<Long> expiry = new ExpiryIndex<>(index(stores), "t", main, time -> time, Duration.ofMillis(10));

            assertThat(expiry.backfill()).as("the entry that can expire").isEqualTo(1);
            assertThat(expiry.backfill()).as("already listed").isZero();
            assertThat(expiry.evictBefore(101)).isEqualTo(1);
            assertThat(contents(main)).containsOnlyKeys("forever");
        }
    }

    @Test
    void manyKeysOfOneRecordAreListedInEntriesOfBoundedSize() throws Exception {
        try (InMemoryStores stores = new InMemoryStores("expiry-index")) {
            KeyValueStore<String, Long> main = stores.open("indexed", Serdes.Long());
            KeyValueStore<String, String> entries = index(stores);
            ExpiryIndex<Long> expiry = new ExpiryIndex<>(entries, "t", main, time -> time, Duration.ofMillis(10));
            int keys = ExpiryIndex.MAX_KEYS_PER_ENTRY * 2 + 1;
            for (int i = 0; i < keys; i++) {
                expiry.put("key|with:odd/chars " + i, null, 100L + i);
            }
            expiry.flush();

            assertThat(contents(entries)).hasSize(3).allSatisfy((entry, listed) -> assertThat(ExpiryIndex.decode(listed))
                    .hasSizeLessThanOrEqualTo(ExpiryIndex.MAX_KEYS_PER_ENTRY));
            assertThat(expiry.evictBefore(100L + keys)).isEqualTo(keys);
            assertThat(contents(main)).isEmpty();
            assertThat(contents(entries)).isEmpty();
        }
    }

    @Test
    void timesSortInByteOrderIncludingNegativeOnes() {
        List<Long> times = List.of(Long.MIN_VALUE, -86_400_000L, -1L, 0L, 1L, 1_733_500_000_000L, Long.MAX_VALUE - 1);
        List<String> encoded = times.stream().map(ExpiryIndex::hex).toList();
        assertThat(encoded).isSorted().allSatisfy(hex -> assertThat(hex).hasSize(16));
    }

    private static long randomTime(Random random, long now) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return ExpiryIndex.NEVER;
        }
        if (kind == 1) {
            return -random.nextInt(1_000); // before the epoch: event times of old articles
        }
        return now - 300 + random.nextInt(400); // mostly later than the key's last time, sometimes earlier
    }

    private static Map<String, Long> fullScan(KeyValueStore<String, Long> store, long cutoff) {
        Map<String, Long> expired = new TreeMap<>();
        try (KeyValueIterator<String, Long> all = store.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value < cutoff) {
                    expired.put(entry.key, entry.value);
                }
            });
        }
        expired.keySet().forEach(store::delete);
        return expired;
    }

    /** The invariant: every key that can expire has an entry at its time or earlier. */
    private static void assertListed(KeyValueStore<String, Long> main, KeyValueStore<String, String> entries) {
        Map<String, Long> earliest = new HashMap<>();
        contents(entries).forEach((entry, listed) -> ExpiryIndex.decode(listed)
                .forEach(key -> earliest.merge(key, ExpiryIndex.timeOf(entry), Math::min)));
        contents(main).forEach((key, time) -> {
            if (time != ExpiryIndex.NEVER) {
                assertThat(earliest.get(key)).as("entry of %s (time %d)", key, time).isNotNull().isLessThanOrEqualTo(time);
            }
        });
    }

    private static <V> Map<String, V> contents(KeyValueStore<String, V> store) {
        Map<String, V> all = new TreeMap<>();
        try (KeyValueIterator<String, V> iterator = store.all()) {
            iterator.forEachRemaining((KeyValue<String, V> entry) -> all.put(entry.key, entry.value));
        }
        return all;
    }

    /** The index's store, in memory: in-memory stores sort keys as the real ones do, by their bytes. */
    private static KeyValueStore<String, String> index(InMemoryStores stores) {
        return stores.open(ExpiryIndex.storeBuilder(Stores.inMemoryKeyValueStore("index")));
    }
}
