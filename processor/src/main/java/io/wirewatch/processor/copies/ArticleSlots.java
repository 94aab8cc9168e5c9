package io.wirewatch.processor.copies;

import java.util.Arrays;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * The articles of the {@link CandidateIndex} as small int slots, reused once free, with what the index
 * needs of each: its id, when it arrived (to drop the oldest from a full key) and how many postings it has.
 * An id of sixteen lower-case hex digits (what {@link io.wirewatch.events.Ids#hash} makes, so nearly
 * every article's) is held as the long it spells, 8 bytes instead of a 56-byte string; any other id as
 * itself.
 */
final class ArticleSlots {

    private static final int NONE = -1;
    private static final int HEX_ID_LENGTH = 16;

    private final Long2IntOpenHashMap hexSlots = new Long2IntOpenHashMap();
    private final Object2IntOpenHashMap<String> otherSlots = new Object2IntOpenHashMap<>();
    private long[] hexIds = new long[16];
    /** The id of a slot whose id is not hex; null for a hex one. */
    private String[] otherIds = new String[16];
    private int[] arrivals = new int[16];
    private int[] postings = new int[16];
    private final IntArrayList free = new IntArrayList();
    private int used;
    private int nextArrival;

    ArticleSlots() {
        hexSlots.defaultReturnValue(NONE);
        otherSlots.defaultReturnValue(NONE);
    }

    /** The slot of the article, or -1. */
    int slotOf(String articleId) {
        return isHex(articleId) ? hexSlots.get(Long.parseUnsignedLong(articleId, 16)) : otherSlots.getInt(articleId);
    }

    /** A slot for an article not yet holding one, arrived after every other. */
    int assign(String articleId) {
        int slot;
        if (free.isEmpty()) {
            if (used == KeyPostings.MAX_SLOTS) {
                throw new IllegalStateException("the candidate index holds at most " + KeyPostings.MAX_SLOTS + " live articles");
            }
            slot = used++;
            if (slot == arrivals.length) {
                int length = arrivals.length + (arrivals.length >> 1);
                hexIds = Arrays.copyOf(hexIds, length);
                otherIds = Arrays.copyOf(otherIds, length);
                arrivals = Arrays.copyOf(arrivals, length);
                postings = Arrays.copyOf(postings, length);
            }
        } else {
            slot = free.popInt();
        }
        if (isHex(articleId)) {
            long id = Long.parseUnsignedLong(articleId, 16);
            hexSlots.put(id, slot);
            hexIds[slot] = id;
        } else {
            otherSlots.put(articleId, slot);
            otherIds[slot] = articleId;
        }
        if (nextArrival == Integer.MAX_VALUE) {
            renumberArrivals();
        }
        arrivals[slot] = nextArrival++;
        postings[slot] = 0;
        return slot;
    }

    void release(int slot) {
        if (otherIds[slot] != null) {
            otherSlots.removeInt(otherIds[slot]);
            otherIds[slot] = null;
        } else {
            hexSlots.remove(hexIds[slot]);
        }
        free.add(slot);
    }

    String id(int slot) {
        return otherIds[slot] != null ? otherIds[slot] : Hashing.hex(hexIds[slot]);
    }

    /** The order of the ids of two slots, as {@link String#compareTo}. */
    int compareIds(int a, int b) {
        if (otherIds[a] == null && otherIds[b] == null) {
            // sixteen hex digits sort as the unsigned numbers they spell
            return Long.compareUnsigned(hexIds[a], hexIds[b]);
        }
        return id(a).compareTo(id(b));
    }

    int arrival(int slot) {
        return arrivals[slot];
    }

    /** Counts a posting of the slot more ({@code +1}) or less ({@code -1}); returns how many it has now. */
    int countPostings(int slot, int change) {
        postings[slot] += change;
        return postings[slot];
    }

    int size() {
        return hexSlots.size() + otherSlots.size();
    }

    void clear() {
        hexSlots.clear();
        otherSlots.clear();
        Arrays.fill(otherIds, null);
        free.clear();
        used = 0;
        nextArrival = 0;
    }

    /** After two billion arrivals: the same order in small numbers again. */
    private void renumberArrivals() {
        int[] live = new int[size()];
        int n = 0;
        for (int slot = 0; slot < used; slot++) {
            if (otherIds[slot] != null || hexSlots.get(hexIds[slot]) == slot) {
                live[n++] = slot;
            }
        }
        IntArrays.quickSort(live, 0, n, (a, b) -> Integer.compare(arrivals[a], arrivals[b]));
        for (int i = 0; i < n; i++) {
            arrivals[live[i]] = i;
        }
        nextArrival = n;
    }

    private static boolean isHex(String id) {
        if (id.length() != HEX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_ID_LENGTH; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
