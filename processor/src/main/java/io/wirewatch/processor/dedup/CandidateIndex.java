package io.wirewatch.processor.dedup;

import java.util.ArrayList;
import java.util.List;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * The live articles listed under each {@link CandidateKeys candidate key}, held in memory.
 *
 * <p>Why not a state store: every article looks up about fifty keys and adds itself to each of them.
 * As a store that was a hundred RocksDB calls and (de)serialisations per article, most of the stage's
 * cost. The index holds nothing the article states do not: it is a function of the live (not retired)
 * states, which are changelogged, so the processor rebuilds it from them when its task opens and keeps
 * it in step with every write. Memory is bounded like the stores: articles leave it when they retire
 * at the end of the copy window. It costs about 1 KB of heap per live article (the keys, ~16 bytes per
 * key in primitive hash maps, and the article's key list for its removal).
 *
 * <p>A key lists at most {@value #MAX_POSTINGS} articles, oldest dropped first: a key shared by that many
 * live articles is a stock phrase and says nothing about copies.
 */
final class CandidateIndex {

    static final int MAX_POSTINGS = 200;
    private static final int NONE = -1;

    private final Object2IntOpenHashMap<String> ordinals = new Object2IntOpenHashMap<>();
    private final List<String> articleIds = new ArrayList<>();
    private final List<long[]> keysOf = new ArrayList<>();
    private final IntArrayList freeOrdinals = new IntArrayList();
    /** key → its only article: most keys belong to one copy group of one article, so no list for them. */
    private final Long2IntOpenHashMap onlyArticle = new Long2IntOpenHashMap();
    /** key → its articles, oldest first, once two or more share it. */
    private final Long2ObjectOpenHashMap<IntArrayList> sharedBy = new Long2ObjectOpenHashMap<>();

    CandidateIndex() {
        ordinals.defaultReturnValue(NONE);
        onlyArticle.defaultReturnValue(NONE);
    }

    /** Lists the article under its keys, replacing what an earlier version listed. */
    void add(String articleId, long[] keys) {
        remove(articleId);
        if (keys.length == 0) {
            return;
        }
        int ordinal = ordinalFor(articleId, keys);
        for (long key : keys) {
            IntArrayList shared = sharedBy.get(key);
            if (shared != null) {
                if (!shared.contains(ordinal)) {
                    shared.add(ordinal);
                    if (shared.size() > MAX_POSTINGS) {
                        shared.removeInt(0);
                    }
                }
                continue;
            }
            int only = onlyArticle.putIfAbsent(key, ordinal);
            if (only != NONE && only != ordinal) {
                onlyArticle.remove(key);
                sharedBy.put(key, IntArrayList.of(only, ordinal));
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
            if (onlyArticle.remove(key, ordinal)) {
                continue;
            }
            IntArrayList shared = sharedBy.get(key);
            // absent when the key's list had dropped this article for newer ones
            if (shared != null && shared.rem(ordinal) && shared.size() == 1) {
                sharedBy.remove(key);
                onlyArticle.put(key, shared.getInt(0));
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
        Int2IntOpenHashMap shared = new Int2IntOpenHashMap();
        for (long key : keys) {
            int only = onlyArticle.get(key);
            if (only != NONE) {
                shared.addTo(only, 1);
                continue;
            }
            IntArrayList list = sharedBy.get(key);
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    shared.addTo(list.getInt(i), 1);
                }
            }
        }
        shared.remove(ordinals.getInt(self));
        List<Int2IntMap.Entry> ranked = new ArrayList<>(shared.int2IntEntrySet());
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
        return onlyArticle.size() + sharedBy.size();
    }

    void clear() {
        ordinals.clear();
        articleIds.clear();
        keysOf.clear();
        freeOrdinals.clear();
        onlyArticle.clear();
        sharedBy.clear();
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
