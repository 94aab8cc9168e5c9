package io.wirewatch.processor.story;

import io.wirewatch.processor.copies.Hashing;

/**
 * In how many live stories each key occurs: exact counts in a packed table ({@link KeyCountTable}, about 9
 * bytes of heap per distinct key of the live stories, so bounded by the story window). A count-min sketch of fixed size
 * was tried first: at a stream's load (some hundred thousand distinct words, millions of sightings in a
 * window) every counter of a 1 MB sketch is shared by dozens of keys, and the rare keys, the ones that
 * matter, read as common.
 *
 * <p>Beside each count, the sum of the hashes of the stories holding the key ({@link #soleHolder}): where one
 * story holds a key, that sum names it, so that a rare word two reports share finds the other report's story
 * even when neither chose it as a retrieval key. A sum, not a list, as it is
 * exact whatever the order in which stories come and go. Only topic keys are looked up so, and only they have
 * sums (in a second table, about 18 bytes per key): the anchors, most of them quoted runs new with nearly every
 * story, have counts alone. (A topic key is a hash that no anchor key equals, bar a collision of 64-bit hashes.)
 *
 * <p>Not stored: the matcher adds each story profile's keys once and removes them when the story expires,
 * so the counts are a function of the live profiles and are rebuilt from the stored profiles whenever the
 * task opens. Not thread-safe (the one ordered task).
 */
final class StoryFrequencies {

    /** key → live stories holding it. */
    private final KeyCountTable counts = KeyCountTable.counts();
    /** topic key → live stories holding it as a topic key, and the sum of their {@link #storyHash}. */
    private final KeyCountTable topicHolders = KeyCountTable.countsAndSums();
    private long stories;

    /** Counts a story and its keys ({@code newStory} false: a known story's keys again, not done). */
    void add(String storyId, StoryProfile story, boolean newStory) {
        add(storyId, story.topic(), story.anchors());
        if (newStory) {
            stories++;
        }
    }

    /** Counts topic and anchor keys newly seen in a known story. */
    void add(String storyId, long[] topic, long[] anchors) {
        change(topic, anchors, 1, storyHash(storyId));
    }

    /** Forgets an expired story and all its keys. */
    void remove(String storyId, StoryProfile story) {
        change(story.topic(), story.anchors(), -1, storyHash(storyId));
        stories--;
    }

    /** {@link #storyHash} of the one live story holding the key, or 0 when none or several do. */
    long soleHolder(long key) {
        return counts.count(key) == 1 ? topicHolders.sum(key) : 0;
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

    private void change(long[] topic, long[] anchors, int delta, long holder) {
        for (long key : topic) {
            counts.add(key, delta);
            topicHolders.add(key, delta, holder);
        }
        for (long key : anchors) {
            counts.add(key, delta);
        }
    }
}
