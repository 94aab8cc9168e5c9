package io.wirewatch.processor.story;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * In how many live stories each key occurs: exact counts in a primitive hash map (about 20 bytes of heap
 * per distinct key of the live stories, so bounded by the story window). A count-min sketch of fixed size
 * was tried first: at a stream's load (some hundred thousand distinct words, millions of sightings in a
 * window) every counter of a 1 MB sketch is shared by dozens of keys, and the rare keys, the ones that
 * matter, read as common.
 *
 * <p>Not stored: the matcher adds each story profile's keys once and removes them when the story expires,
 * so the counts are a function of the live profiles and are rebuilt from the stored profiles whenever the
 * task opens. Not thread-safe (the one ordered task).
 */
final class StoryFrequencies {

    private final Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
    private long stories;

    /** Counts a story and its keys ({@code newStory} false: a known story's keys again, not done). */
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

    /** Live stories holding the key. */
    int stories(long key) {
        return counts.get(key);
    }

    /** Live stories. */
    long stories() {
        return stories;
    }

    /** Distinct keys counted, for the memory it takes. */
    int keys() {
        return counts.size();
    }

    private void change(long[] keys, int delta) {
        for (long key : keys) {
            int count = counts.addTo(key, delta) + delta;
            if (count <= 0) {
                counts.remove(key);
            }
        }
    }
}
