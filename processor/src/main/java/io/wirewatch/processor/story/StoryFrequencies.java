package io.wirewatch.processor.story;

import io.wirewatch.processor.copies.Hashing;

/**
 * In how many live stories each key occurs: exact counts in a packed table ({@link KeyCountTable}, about 18
 * bytes of heap per distinct key of the live stories with the sums below, so bounded by the story window). A count-min sketch of fixed size
 * was tried first: at a stream's load (some hundred thousand distinct words, millions of sightings in a
 * window) every counter of a 1 MB sketch is shared by dozens of keys, and the rare keys, the ones that
 * matter, read as common.
 *
 * <p>Beside each count, the sum of the hashes of the stories holding the key ({@link #soleHolder}): where one
 * story holds a key, that sum names it, so that a rare word two reports share finds the other report's story
 * even when neither chose it as a retrieval key. A sum, not a list, as it is
 * exact whatever the order in which stories come and go.
 *
 * <p>Not stored: the matcher adds each story profile's keys once and removes them when the story expires,
 * so the counts are a function of the live profiles and are rebuilt from the stored profiles whenever the
 * task opens. Not thread-safe (the one ordered task).
 */
final class StoryFrequencies {

    /** key → live stories holding it, and the sum of their {@link #storyHash}. */
    private final KeyCountTable counts = new KeyCountTable();
    private long stories;

    /** Counts a story and its keys ({@code newStory} false: a known story's keys again, not done). */
    void add(String storyId, StoryProfile story, boolean newStory) {
        long holder = storyHash(storyId);
        change(story.topic(), 1, holder);
        change(story.anchors(), 1, holder);
        if (newStory) {
            stories++;
        }
    }

    /** Counts keys newly seen in a known story. */
    void add(String storyId, long[] keys) {
        change(keys, 1, storyHash(storyId));
    }

    /** Forgets an expired story and all its keys. */
    void remove(String storyId, StoryProfile story) {
        long holder = storyHash(storyId);
        change(story.topic(), -1, holder);
        change(story.anchors(), -1, holder);
        stories--;
    }

    /** {@link #storyHash} of the one live story holding the key, or 0 when none or several do. */
    long soleHolder(long key) {
        return counts.count(key) == 1 ? counts.sum(key) : 0;
    }

    /** The hash that {@link #soleHolder} names a story by; never 0. */
    static long storyHash(String storyId) {
        long hash = Hashing.hash64(storyId);
        return hash == 0 ? 1 : hash;
    }

    /** Live stories holding the key. */
    int stories(long key) {
        return counts.count(key);
    }

    /** Live stories. */
    long stories() {
        return stories;
    }

    /** Distinct keys counted, for the memory it takes. */
    int keys() {
        return counts.size();
    }

    private void change(long[] keys, int delta, long holder) {
        for (long key : keys) {
            counts.add(key, delta, holder);
        }
    }
}
