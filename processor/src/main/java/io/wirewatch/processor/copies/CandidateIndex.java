package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntMaps;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * The live articles listed under each {@link CandidateKeys candidate key}, held in memory.
 *
 * <p>Why not a state store: every article looks up about fifty keys and adds itself to each of them.
 * As a store that was a hundred RocksDB calls and (de)serialisations per article, most of the stage's
 * cost. The index holds nothing the article states do not: it is a function of the live (not retired)
 * states, which are changelogged, so the processor rebuilds it from them when its task opens and keeps
 * it in step with every write. Memory is bounded like the stores: articles leave it when they retire
 * at the end of the copy window.
 *
 * <p>Packed for a million live articles: 7 bytes per key of an article ({@link KeyPostings}) and about
 * 40 bytes per article ({@link ArticleSlots}), some 450 bytes per article with ~52 keys (measured; the
 * layout before, with a hash map entry per key and a list per shared key, took about 2.2 KB). It does not keep an article's keys: whoever removes an article gives them again
 * (the processor computes them from the stored shingles, as for a rebuild). Keys are told apart by 50 bits
 * of a mix of them, see {@link KeyPostings}.
 *
 * <p>A key lists at most {@value #MAX_POSTINGS} articles, oldest dropped first: a key shared by that many
 * live articles is a stock phrase and says nothing about copies.
 *
 * <p>Public for the benchmarks' key-partitioned lookup (bench {@code KeyShards}), which splits the keys
 * among several indexes and merges their {@link #forEachSharing shared-key counts}.
 */
public final class CandidateIndex {

    public static final int MAX_POSTINGS = 200;

    private final ArticleSlots slots = new ArticleSlots();
    private final KeyPostings postings = new KeyPostings();

    /** Lists the article under its keys; an article listed already must be {@link #remove removed} first. */
    public void add(String articleId, long[] keys) {
        if (slots.slotOf(articleId) >= 0) {
            throw new IllegalStateException("article " + articleId + " is listed already: remove it with its keys first");
        }
        if (keys.length == 0) {
            return;
        }
        int slot = slots.assign(articleId);
        for (long key : keys) {
            int dropped = postings.add(key, slot, MAX_POSTINGS, slots::arrival);
            if (dropped != KeyPostings.ALREADY_LISTED) {
                slots.countPostings(slot, 1);
            }
            if (dropped >= 0) {
                slots.countPostings(dropped, -1);
            }
        }
    }

    /**
     * Takes the article out of every key it is listed under; nothing happens for an unlisted one (and
     * its keys are not asked for). The keys must be those it was added with: any posting they miss is
     * found by a scan of the whole index.
     */
    public void remove(String articleId, Supplier<long[]> keys) {
        int slot = slots.slotOf(articleId);
        if (slot < 0) {
            return;
        }
        for (long key : keys.get()) {
            if (postings.remove(key, slot)) {
                slots.countPostings(slot, -1);
            }
        }
        if (slots.countPostings(slot, 0) != 0) {
            postings.removeAll(listed -> listed == slot);
        }
        slots.release(slot);
    }

    /**
     * The articles sharing at least one of the keys, except {@code self}: those sharing the most keys
     * first, ties by article id so that the choice does not depend on the order of the index. At most
     * {@code limit}.
     */
    public List<String> candidates(long[] keys, String self, int limit) {
        Int2IntOpenHashMap sharedKeys = sharedKeys(keys, self);
        IntArrayList ranked = new IntArrayList(sharedKeys.keySet());
        ranked.sort((a, b) -> sharedKeys.get(a) != sharedKeys.get(b)
                ? Integer.compare(sharedKeys.get(b), sharedKeys.get(a))
                : slots.compareIds(a, b));
        List<String> ids = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            ids.add(slots.id(ranked.getInt(i)));
        }
        return ids;
    }

    /**
     * Each article sharing at least one of the keys, except {@code self}, with how many of them it shares, in no
     * particular order: what {@link #candidates} ranks. Indexes that split a key set among them answer with
     * counts that add up to this index's.
     */
    public void forEachSharing(long[] keys, String self, ObjIntConsumer<String> sharing) {
        for (Int2IntMap.Entry shared : Int2IntMaps.fastIterable(sharedKeys(keys, self))) {
            sharing.accept(slots.id(shared.getIntKey()), shared.getIntValue());
        }
    }

    private Int2IntOpenHashMap sharedKeys(long[] keys, String self) {
        Int2IntOpenHashMap sharedKeys = new Int2IntOpenHashMap();
        for (long key : keys) {
            postings.forEach(key, slot -> sharedKeys.addTo(slot, 1));
        }
        sharedKeys.remove(slots.slotOf(self));
        return sharedKeys;
    }

    /** How many articles are listed. */
    public int size() {
        return slots.size();
    }

    /** How many distinct keys list at least one article (a full scan). */
    int keyCount() {
        return postings.keyCount();
    }

    void clear() {
        slots.clear();
        postings.clear();
    }
}
