package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Ids;

class CandidateIndexTest {

    private final CandidateIndex index = new CandidateIndex();

    @Test
    void ranksBySharedKeysThenById() {
        index.add("c", new long[] {1, 2, 3});
        index.add("b", new long[] {1, 2, 9});
        index.add("a", new long[] {1, 8, 9});
        index.add("z", new long[] {7});

        assertThat(index.candidates(new long[] {1, 2, 3}, "new", 10)).containsExactly("c", "b", "a");
        assertThat(index.candidates(new long[] {1, 2}, "new", 10)).containsExactly("b", "c", "a");
        assertThat(index.candidates(new long[] {1, 2, 3}, "new", 2)).containsExactly("c", "b");
        assertThat(index.candidates(new long[] {1, 2, 3}, "c", 10)).as("never itself").containsExactly("b", "a");
        assertThat(index.candidates(new long[] {4, 5}, "new", 10)).isEmpty();
    }

    @Test
    void removedArticlesAreNoCandidatesAndLeaveNoKeys() {
        index.add("a", new long[] {1, 2});
        index.add("b", new long[] {2, 3});
        index.add("c", new long[] {2});

        index.remove("b", () -> new long[] {2, 3});
        assertThat(index.candidates(new long[] {1, 2, 3}, "new", 10)).containsExactly("a", "c");
        index.remove("a", () -> new long[] {1, 2});
        index.remove("c", () -> new long[] {2});
        index.remove("never-added", () -> {
            throw new AssertionError("the keys of an unlisted article are not asked for");
        });

        assertThat(index.size()).isZero();
        assertThat(index.keyCount()).isZero();
    }

    @Test
    void aNewVersionReplacesTheKeysOfTheOldOne() {
        index.add("a", new long[] {1, 2});
        assertThatThrownBy(() -> index.add("a", new long[] {3})).isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
        index.remove("a", () -> new long[] {1, 2});
        index.add("a", new long[] {3});

        assertThat(index.candidates(new long[] {1, 2}, "new", 10)).isEmpty();
        assertThat(index.candidates(new long[] {3}, "new", 10)).containsExactly("a");
        assertThat(index.keyCount()).isEqualTo(1);
    }

    @Test
    void aFullKeyDropsItsOldestArticle() {
        for (int i = 0; i <= CandidateIndex.MAX_POSTINGS; i++) {
            index.add(String.format("a%04d", i), new long[] {42, 1000 + i});
        }

        List<String> sharing = index.candidates(new long[] {42}, "new", Integer.MAX_VALUE);
        assertThat(sharing).hasSize(CandidateIndex.MAX_POSTINGS).doesNotContain("a0000").contains("a0001", "a0200");
        assertThat(index.candidates(new long[] {1000}, "new", 10)).as("its other keys still list it").containsExactly("a0000");

        index.remove("a0000", () -> new long[] {42, 1000});
        assertThat(index.candidates(new long[] {42}, "new", Integer.MAX_VALUE)).hasSize(CandidateIndex.MAX_POSTINGS);
    }

    @Test
    void removalFindsPostingsItsKeysMiss() {
        index.add("a", new long[] {1, 2, 3});
        index.add("b", new long[] {2});

        index.remove("a", () -> new long[] {1});

        assertThat(index.candidates(new long[] {1, 2, 3}, "new", 10)).containsExactly("b");
        assertThat(index.keyCount()).isEqualTo(1);
    }

    @Test
    void hexIdsRankLikeTheirText() {
        // ids as Ids.hash makes them are held as numbers: their order must stay that of the text
        List<String> ids = List.of("ffffffffffffffff", "8000000000000000", "7fffffffffffffff", "0000000000000001", "0a", "zz");
        ids.forEach(id -> index.add(id, new long[] {5}));

        assertThat(index.candidates(new long[] {5}, "new", 10)).isSortedAccordingTo(String::compareTo).hasSameElementsAs(ids);
        assertThat(index.candidates(new long[] {5}, "8000000000000000", 10)).doesNotContain("8000000000000000").hasSize(5);
    }

    @Test
    void agreesWithAPlainMapOfListsUnderRandomChanges() {
        agreesWithPlainLists(400, 300, "a", 7);
    }

    /** Few keys, so that keys fill up and drop their oldest while slots are reused out of arrival order. */
    @Test
    void agreesWithPlainListsWhenKeysFillUp() {
        assertThat(agreesWithPlainLists(3, 600, "", 11)).as("articles dropped from full keys").isPositive();
    }

    @Test
    void agreesWithPlainListsForHexIdsAndRandomKeys() {
        Random keys = new Random(3);
        long[] space = LongStream.generate(keys::nextLong).limit(400).toArray();
        agreesWithPlainLists(space, 300, id -> Ids.hash("article-" + id), 5);
    }

    private int agreesWithPlainLists(int keySpace, int ids, String idPrefix, long seed) {
        return agreesWithPlainLists(LongStream.range(0, keySpace).toArray(), ids, id -> idPrefix + id, seed);
    }

    /**
     * 20,000 random adds and removes against the plain reference: per key a list of ids in order of
     * listing, the oldest dropped beyond {@link CandidateIndex#MAX_POSTINGS}.
     */
    private int agreesWithPlainLists(long[] keySpace, int ids, java.util.function.IntFunction<String> idOf,
            long seed) {
        Map<String, long[]> listed = new HashMap<>();
        Map<Long, List<String>> lists = new HashMap<>();
        int dropped = 0;
        Random random = new Random(seed);
        for (int step = 0; step < 20_000; step++) {
            String id = idOf.apply(random.nextInt(ids));
            long[] old = listed.remove(id);
            if (old != null) {
                index.remove(id, () -> old);
                lists.values().forEach(list -> list.remove(id));
            }
            if (random.nextInt(3) != 0) {
                long[] keys = LongStream.generate(() -> keySpace[random.nextInt(keySpace.length)]).limit(1 + random.nextInt(6))
                        .distinct().toArray();
                index.add(id, keys);
                listed.put(id, keys);
                for (long key : keys) {
                    List<String> list = lists.computeIfAbsent(key, k -> new ArrayList<>());
                    list.add(id);
                    if (list.size() > CandidateIndex.MAX_POSTINGS) {
                        list.remove(0);
                        dropped++;
                    }
                }
            }
            if (step % 97 == 0) {
                long[] probe = LongStream.generate(() -> keySpace[random.nextInt(keySpace.length)]).limit(8).distinct().toArray();
                assertThat(index.candidates(probe, "none", Integer.MAX_VALUE)).isEqualTo(expected(lists, probe));
            }
        }
        assertThat(index.size()).isEqualTo(listed.size());
        assertThat(index.keyCount()).isEqualTo(lists.values().stream().filter(list -> !list.isEmpty()).count());
        return dropped;
    }

    private static List<String> expected(Map<Long, List<String>> lists, long[] probe) {
        Map<String, Integer> shared = new HashMap<>();
        for (long key : probe) {
            lists.getOrDefault(key, List.of()).forEach(id -> shared.merge(id, 1, Integer::sum));
        }
        List<String> ids = new ArrayList<>(shared.keySet());
        ids.sort((a, b) -> shared.get(a).equals(shared.get(b)) ? a.compareTo(b) : Integer.compare(shared.get(b), shared.get(a)));
        return ids;
    }
}
