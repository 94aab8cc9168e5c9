package io.wirewatch.bench.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntMaps;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import io.wirewatch.processor.copies.CandidateIndex;

/**
 * One key shard's answer for one article: the articles sharing at least one of the shard's keys of it, each with how
 * many ({@link CandidateIndex#forEachSharing}), in no particular order.
 *
 * <p>{@link #merge} is the ordered stage's part of a key-partitioned lookup: it adds up the counts of all shards' answers
 * (each key belongs to exactly one shard, so the sums are the single index's counts) and ranks as
 * {@link CandidateIndex#candidates} does, the most shared keys first, ties by id. A sum and a sort by a total order: the
 * result does not depend on the order in which the answers came in.
 */
final class KeyShardAnswer {

    private String[] ids = new String[16];
    private int[] shared = new int[16];
    private int size;

    void add(String id, int sharedKeys) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            shared = Arrays.copyOf(shared, size * 2);
        }
        ids[size] = id;
        shared[size++] = sharedKeys;
    }

    int size() {
        return size;
    }

    /** The candidates of the merged answers, at most {@code limit}, ranked as {@link CandidateIndex#candidates}. */
    static List<String> merge(KeyShardAnswer[] answers, int limit) {
        if (answers.length == 1) {
            return ranked(answers[0].ids, answers[0].shared, answers[0].size, limit);
        }
        Object2IntOpenHashMap<String> sums = new Object2IntOpenHashMap<>();
        for (KeyShardAnswer answer : answers) {
            for (int i = 0; i < answer.size; i++) {
                sums.addTo(answer.ids[i], answer.shared[i]);
            }
        }
        String[] ids = new String[sums.size()];
        int[] shared = new int[sums.size()];
        int n = 0;
        for (Object2IntMap.Entry<String> sum : Object2IntMaps.fastIterable(sums)) {
            ids[n] = sum.getKey();
            shared[n++] = sum.getIntValue();
        }
        return ranked(ids, shared, n, limit);
    }

    private static List<String> ranked(String[] ids, int[] shared, int size, int limit) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> shared[a] != shared[b] ? Integer.compare(shared[b], shared[a]) : ids[a].compareTo(ids[b]));
        List<String> candidates = new ArrayList<>(Math.min(limit, size));
        for (int i = 0; i < size && i < limit; i++) {
            candidates.add(ids[order[i]]);
        }
        return candidates;
    }
}
