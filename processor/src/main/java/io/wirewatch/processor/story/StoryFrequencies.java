package io.wirewatch.processor.story;

/**
 * In how many live stories each topic key occurs, as a count-min sketch: fixed memory ({@value #DEPTH} ×
 * {@value #WIDTH} counters, 1 MB) however many keys the stream brings, never an undercount, and an
 * overcount only where keys collide in every row. It is not stored: the matcher adds each story profile's
 * keys once and removes them when the story expires, so the counts are a function of the live profiles and
 * are rebuilt from the stored profiles whenever the task opens. Not thread-safe (the one ordered task).
 */
final class StoryFrequencies {

    static final int DEPTH = 4;
    static final int WIDTH = 1 << 16;
    private static final long[] SEEDS = {0x9e3779b97f4a7c15L, 0xbf58476d1ce4e5b9L, 0x94d049bb133111ebL, 0xd6e8feb86659fd93L};

    private final int[][] counts = new int[DEPTH][WIDTH];
    private long stories;

    /** Counts a new story and its keys. */
    void add(StoryProfile story, boolean newStory) {
        change(story.topic(), 1);
        change(story.anchors(), 1);
        if (newStory) {
            stories++;
        }
    }

    /** Counts keys newly seen in a known story. */
    void add(long[] keys) {
        change(keys, 1);
    }

    /** Forgets an expired story and all its keys. */
    void remove(StoryProfile story) {
        change(story.topic(), -1);
        change(story.anchors(), -1);
        stories--;
    }

    /** Live stories holding the key (an upper bound). */
    int stories(long key) {
        int min = Integer.MAX_VALUE;
        for (int row = 0; row < DEPTH; row++) {
            min = Math.min(min, counts[row][slot(key, row)]);
        }
        return min;
    }

    /** Live stories. */
    long stories() {
        return stories;
    }

    void clear() {
        for (int[] row : counts) {
            java.util.Arrays.fill(row, 0);
        }
        stories = 0;
    }

    private void change(long[] keys, int delta) {
        for (long key : keys) {
            for (int row = 0; row < DEPTH; row++) {
                counts[row][slot(key, row)] += delta;
            }
        }
    }

    private static int slot(long key, int row) {
        long h = (key ^ SEEDS[row]) * 0x9e3779b97f4a7c15L;
        h ^= h >>> 29;
        return (int) (h & (WIDTH - 1));
    }
}
