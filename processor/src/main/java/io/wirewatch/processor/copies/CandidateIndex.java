package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.List;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * The live articles listed under each {@link CandidateKeys candidate key}, held in memory.
 *
 * <p>Why not a state store: every article looks up about fifty keys and adds itself to each of them.
 * As a store that was a hundred RocksDB calls and (de)serialisations per article, most of the stage's
 * cost. The index holds nothing the article states do not: it is a function of the live (not retired)
 * states, which are changelogged, so the processor rebuilds it from them when its task opens and keeps
 * it in step with every write. Memory is bounded like the stores: articles leave it when they retire
 * at the end of the copy window. It costs at most about 1.5 KB of heap per live article with ~50
 * distinct keys (measured: each key in a primitive hash map, and the article's key list for its
 * removal); keys shared by copies cost less.
 *
 * <p>A key lists at most {@value #MAX_POSTINGS} articles, oldest dropped first: a key shared by that many
 * live articles is a stock phrase and says nothing about copies.
 */
final class CandidateIndex {

    static final int MAX_POSTINGS = 200;
    private static final int NONE = Integer.MIN_VALUE;

    private final Object2IntOpenHashMap<String> ordinals = new Object2IntOpenHashMap<>();
    private final List<String> articleIds = new ArrayList<>();
    private final List<long[]> keysOf = new ArrayList<>();
    private final IntArrayList freeOrdinals = new IntArrayList();
    /**
     * key → the ordinal of its only article (≥ 0), or {@code -(i + 1)} once articles share it, for their
     * list {@code shared.get(i)}, oldest first. Most keys belong to one article: one lookup, no list.
     */
    private final Long2IntOpenHashMap postings = new Long2IntOpenHashMap();
    private final List<IntArrayList> shared = new ArrayList<>();
    private final IntArrayList freeShared = new IntArrayList();

    CandidateIndex() {
        ordinals.defaultReturnValue(NONE);
        postings.defaultReturnValue(NONE);
    }

    /** Lists the article under its keys, replacing what an earlier version listed. */
    void add(String articleId, long[] keys) {
        remove(articleId);
        if (keys.length == 0) {
            return;
        }
        int ordinal = ordinalFor(articleId, keys);
        for (long key : keys) {
            int listed = postings.putIfAbsent(key, ordinal);
            if (listed == NONE || listed == ordinal) {
                continue;
            }
            if (listed >= 0) {
                postings.put(key, -(newList(listed, ordinal) + 1));
                continue;
            }
            IntArrayList list = shared.get(-listed - 1);
            if (!list.contains(ordinal)) {
                list.add(ordinal);
                if (list.size() > MAX_POSTINGS) {
                    list.removeInt(0);
                }
            }
        }
    }

    /** Takes the article out of every key it is listed under; nothing happens for an unlisted one. */
    void remove(String articleId) {
        int ordinal = ordinals.removeInt(articleId);
        if (ordinal == NONE) {
            return;
        }
        for (long key : keysOf.get(ordinal)) {
            int listed = postings.get(key);
            if (listed == ordinal) {
                postings.remove(key);
            } else if (listed < 0 && listed != NONE) {
                IntArrayList list = shared.get(-listed - 1);
                // absent when the key's list had dropped this article for newer ones
                if (list.rem(ordinal) && list.size() == 1) {
                    postings.put(key, list.getInt(0));
                    list.clear();
                    freeShared.add(-listed - 1);
                }
            }
        }
        articleIds.set(ordinal, null);
        keysOf.set(ordinal, null);
        freeOrdinals.add(ordinal);
    }

    /**
     * The articles sharing at least one of the keys, except {@code self}: those sharing the most keys
     * first, ties by article id so that the choice does not depend on the order of the index. At most
     * {@code limit}.
     */
    List<String> candidates(long[] keys, String self, int limit) {
        Int2IntOpenHashMap sharedKeys = new Int2IntOpenHashMap();
        for (long key : keys) {
            int listed = postings.get(key);
            if (listed >= 0) {
                sharedKeys.addTo(listed, 1);
            } else if (listed != NONE) {
                IntArrayList list = shared.get(-listed - 1);
                for (int i = 0; i < list.size(); i++) {
                    sharedKeys.addTo(list.getInt(i), 1);
                }
            }
        }
        sharedKeys.remove(ordinals.getInt(self));
        List<Int2IntMap.Entry> ranked = new ArrayList<>(sharedKeys.int2IntEntrySet());
        ranked.sort((a, b) -> a.getIntValue() != b.getIntValue()
                ? Integer.compare(b.getIntValue(), a.getIntValue())
                : articleIds.get(a.getIntKey()).compareTo(articleIds.get(b.getIntKey())));
        List<String> ids = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            ids.add(articleIds.get(ranked.get(i).getIntKey()));
        }
        return ids;
    }

    /** How many articles are listed. */
    int size() {
        return ordinals.size();
    }

    /** How many distinct keys list at least one article. */
    int keyCount() {
        return postings.size();
    }

    void clear() {
        ordinals.clear();
        articleIds.clear();
        keysOf.clear();
        freeOrdinals.clear();
        postings.clear();
        shared.clear();
        freeShared.clear();
    }

    private int newList(int first, int second) {
        IntArrayList list = IntArrayList.of(first, second);
        if (freeShared.isEmpty()) {
            shared.add(list);
            return shared.size() - 1;
        }
        int slot = freeShared.popInt();
        shared.set(slot, list);
        return slot;
    }

    private int ordinalFor(String articleId, long[] keys) {
        int ordinal;
        if (freeOrdinals.isEmpty()) {
            ordinal = articleIds.size();
            articleIds.add(articleId);
            keysOf.add(keys);
        } else {
            ordinal = freeOrdinals.popInt();
            articleIds.set(ordinal, articleId);
            keysOf.set(ordinal, keys);
        }
        ordinals.put(articleId, ordinal);
        return ordinal;
    }
}
