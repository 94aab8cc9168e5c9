package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

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

        index.remove("b");
        assertThat(index.candidates(new long[] {1, 2, 3}, "new", 10)).containsExactly("a", "c");
        index.remove("a");
        index.remove("c");
        index.remove("never-added");

        assertThat(index.size()).isZero();
        assertThat(index.keyCount()).isZero();
    }

    @Test
    void aNewVersionReplacesTheKeysOfTheOldOne() {
        index.add("a", new long[] {1, 2});
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

        index.remove("a0000");
        assertThat(index.candidates(new long[] {42}, "new", Integer.MAX_VALUE)).hasSize(CandidateIndex.MAX_POSTINGS);
    }

    @Test
    void agreesWithAPlainMapOfListsUnderRandomChanges() {
        Map<String, long[]> listed = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 20_000; step++) {
            String id = "a" + random.nextInt(300);
            if (random.nextInt(3) == 0) {
                index.remove(id);
                listed.remove(id);
            } else {
                long[] keys = LongStream.generate(() -> random.nextInt(400)).limit(1 + random.nextInt(6)).distinct().toArray();
                index.add(id, keys);
                listed.put(id, keys);
            }
            if (step % 97 == 0) {
                long[] probe = LongStream.generate(() -> random.nextInt(400)).limit(8).distinct().toArray();
                assertThat(index.candidates(probe, "none", Integer.MAX_VALUE)).isEqualTo(expected(listed, probe));
            }
        }
        assertThat(index.size()).isEqualTo(listed.size());
        assertThat(index.keyCount()).isEqualTo(listed.values().stream().flatMapToLong(LongStream::of).distinct().count());
    }

    private static List<String> expected(Map<String, long[]> listed, long[] probe) {
        Map<String, Integer> shared = new HashMap<>();
        listed.forEach((id, keys) -> {
            int n = (int) LongStream.of(keys).filter(k -> LongStream.of(probe).anyMatch(p -> p == k)).count();
            if (n > 0) {
                shared.put(id, n);
            }
        });
        List<String> ids = new ArrayList<>(shared.keySet());
        ids.sort((a, b) -> shared.get(a).equals(shared.get(b)) ? a.compareTo(b) : Integer.compare(shared.get(b), shared.get(a)));
        return ids;
    }
}
