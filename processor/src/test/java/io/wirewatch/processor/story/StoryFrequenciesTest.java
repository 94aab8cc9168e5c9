package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StoryFrequenciesTest {

    @Test
    void countsEachKeyOncePerStoryAndForgetsWhatExpires() {
        Random random = new Random(11);
        StoryFrequencies sketch = new StoryFrequencies();
        Map<Long, Integer> exact = new HashMap<>();
        List<StoryProfile> stories = new ArrayList<>();
        for (int s = 0; s < 2_000; s++) {
            long[] topic = random.longs(60, 0, 50_000).distinct().sorted().toArray();
            long[] anchors = random.longs(10, 40_000, 1_000_000).distinct().sorted().toArray();
            StoryProfile story = new StoryProfile(topic, anchors, s);
            stories.add(story);
            sketch.add("story-" + s, story, true);
            for (long key : topic) {
                exact.merge(key, 1, Integer::sum);
            }
            for (long key : anchors) {
                exact.merge(key, 1, Integer::sum);
            }
        }

        exact.forEach((key, count) -> assertThat(sketch.stories(key)).isEqualTo(count));
        assertThat(sketch.stories()).isEqualTo(2_000);

        for (int s = 0; s < stories.size(); s++) {
            sketch.remove("story-" + s, stories.get(s));
        }
        exact.keySet().forEach(key -> assertThat(sketch.stories(key)).isZero());
        assertThat(sketch.keys()).as("nothing left behind").isZero();
        assertThat(sketch.stories()).isZero();
    }

    @Test
    void keysAddedToAKnownStoryCountWithoutANewStory() {
        StoryFrequencies sketch = new StoryFrequencies();
        sketch.add("a", new StoryProfile(new long[] {1, 2}, new long[0], 0), true);
        sketch.add("a", new long[] {3}, new long[] {9});

        assertThat(sketch.stories(3)).isEqualTo(1);
        assertThat(sketch.stories(9)).isEqualTo(1);
        assertThat(sketch.stories()).isEqualTo(1);
    }

    @Test
    void theSoleHolderOfAKeyIsKnownWhateverTheOrderStoriesComeAndGo() {
        StoryProfile first = new StoryProfile(new long[] {1, 2, 3}, new long[0], 0);
        StoryProfile second = new StoryProfile(new long[] {2, 3, 4}, new long[0], 0);
        StoryProfile third = new StoryProfile(new long[] {3}, new long[0], 0);
        StoryFrequencies frequencies = new StoryFrequencies();
        frequencies.add("first", first, true);
        frequencies.add("second", second, true);
        frequencies.add("third", third, true);

        assertThat(frequencies.soleHolder(1)).isEqualTo(StoryFrequencies.storyHash("first"));
        assertThat(frequencies.soleHolder(4)).isEqualTo(StoryFrequencies.storyHash("second"));
        assertThat(frequencies.soleHolder(2)).as("two stories hold it").isZero();
        assertThat(frequencies.soleHolder(5)).as("no story holds it").isZero();

        frequencies.remove("first", first);
        frequencies.remove("third", third);

        assertThat(frequencies.soleHolder(2)).isEqualTo(StoryFrequencies.storyHash("second"));
        assertThat(frequencies.soleHolder(3)).isEqualTo(StoryFrequencies.storyHash("second"));
        assertThat(frequencies.soleHolder(1)).isZero();
    }

    @Test
    void keysAddedToAKnownStoryNameItAsTheirHolder() {
        StoryFrequencies frequencies = new StoryFrequencies();
        frequencies.add("a", new StoryProfile(new long[] {1}, new long[0], 0), true);
        frequencies.add("a", new long[] {7}, new long[0]);

        assertThat(frequencies.soleHolder(7)).isEqualTo(StoryFrequencies.storyHash("a"));
    }
}
