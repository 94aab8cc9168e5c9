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
            StoryProfile story = new StoryProfile(topic, new long[0], s);
            stories.add(story);
            sketch.add(story, true);
            for (long key : topic) {
                exact.merge(key, 1, Integer::sum);
            }
        }

        exact.forEach((key, count) -> assertThat(sketch.stories(key)).isEqualTo(count));
        assertThat(sketch.stories()).isEqualTo(2_000);

        stories.forEach(sketch::remove);
        exact.keySet().forEach(key -> assertThat(sketch.stories(key)).isZero());
        assertThat(sketch.keys()).as("nothing left behind").isZero();
        assertThat(sketch.stories()).isZero();
    }

    @Test
    void keysAddedToAKnownStoryCountWithoutANewStory() {
        StoryFrequencies sketch = new StoryFrequencies();
        sketch.add(new StoryProfile(new long[] {1, 2}, new long[0], 0), true);
        sketch.add(new long[] {3});

        assertThat(sketch.stories(3)).isEqualTo(1);
        assertThat(sketch.stories()).isEqualTo(1);
    }
}
