package io.wirewatch.bench.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import it.unimi.dsi.fastutil.ints.IntArrays;

import io.wirewatch.processor.copies.CandidateIndex;

/**
 * One key shard's answer for one article: the articles sharing at least one of the shard's keys of it, each with how
 * many ({@link CandidateIndex#forEachSharing}), {@link #sortById sorted by id} on the shard's thread.
 *
 * <p>{@link #merge} is the ordered stage's part of a key-partitioned lookup: it adds up the counts of all shards' answers
 * (each key belongs to exactly one shard, so the sums are the single index's counts) and ranks as
 * {@link CandidateIndex#candidates} does, the most shared keys first, ties by id. A sum and a ranking by a total order: the
 * result does not depend on the order in which the answers came in. Both are linear: the answers are merged in one pass
 * over their id orders, and ranked by a stable counting sort on the number of shared keys, which keeps the id order
 * within each number.
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

    /** Puts the answer in id order: the shard's work, so that the ordered side merges in one pass. */
    void sortById() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        String[] unsortedIds = ids;
        IntArrays.quickSort(order, (a, b) -> unsortedIds[a].compareTo(unsortedIds[b]));
        String[] sortedIds = new String[Math.max(size, 1)];
        int[] sortedShared = new int[Math.max(size, 1)];
        for (int i = 0; i < size; i++) {
            sortedIds[i] = ids[order[i]];
            sortedShared[i] = shared[order[i]];
        }
        ids = sortedIds;
        shared = sortedShared;
    }

    int size() {
        return size;
    }

    /** The candidates of the merged answers (each {@link #sortById sorted}), at most {@code limit}, ranked as {@link CandidateIndex#candidates}. */
    static List<String> merge(KeyShardAnswer[] answers, int limit) {
        if (answers.length == 1) {
            return ranked(answers[0].ids, answers[0].shared, answers[0].size, limit);
        }
        int total = 0;
        for (KeyShardAnswer answer : answers) {
            total += answer.size;
        }
        String[] ids = new String[total];
        int[] shared = new int[total];
        int[] next = new int[answers.length];
        int n = 0;
        while (true) {
            String least = null;
            for (int s = 0; s < answers.length; s++) {
                if (next[s] < answers[s].size && (least == null || answers[s].ids[next[s]].compareTo(least) < 0)) {
                    least = answers[s].ids[next[s]];
                }
            }
            if (least == null) {
                break;
            }
            int sum = 0;
            for (int s = 0; s < answers.length; s++) {
                if (next[s] < answers[s].size && answers[s].ids[next[s]].equals(least)) {
                    sum += answers[s].shared[next[s]++];
                }
            }
            ids[n] = least;
            shared[n++] = sum;
        }
        return ranked(ids, shared, n, limit);
    }

    /** The first {@code limit} of candidates in id order, by shared keys descending: a stable counting sort. */
    private static List<String> ranked(String[] ids, int[] shared, int size, int limit) {
        int most = 0;
        for (int i = 0; i < size; i++) {
            most = Math.max(most, shared[i]);
        }
        // start[c]: where the candidates sharing c keys begin in the ranking (more shared keys first)
        int[] start = new int[most + 2];
        for (int i = 0; i < size; i++) {
            start[most - shared[i] + 1]++;
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        String[] ranking = new String[size];
        for (int i = 0; i < size; i++) {
            ranking[start[most - shared[i]]++] = ids[i];
        }
        List<String> candidates = new ArrayList<>(Math.min(limit, size));
        for (int i = 0; i < size && i < limit; i++) {
            candidates.add(ranking[i]);
        }
        return candidates;
    }
}
