package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Story;

class StoriesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aStoryListsItsNewestMembersAndCountsThemAll() {
        Story story = Stories.start("s", article("a0", "wwa"), T0);
        int members = Story.MAX_LISTED_ARTICLES + 25;
        for (int i = 1; i < members; i++) {
            story = Stories.join(story, article("a" + i, i % 2 == 0 ? "wwa" : "kurier"), T0.plusSeconds(i), true);
        }

        assertThat(story.articleCount()).isEqualTo(members);
        assertThat(story.articleIds()).containsExactlyElementsOf(
                IntStream.range(25, members).mapToObj(i -> "a" + i).toList());
        assertThat(story.sources()).containsExactly("wwa", "kurier");
        assertThat(story.firstSeen()).isEqualTo(T0);
        assertThat(story.lastSeen()).isEqualTo(T0.plusSeconds(members - 1));
    }

    @Test
    void aNewVersionOfAMemberIsNotCountedAgainButItsTimeCounts() {
        Story story = Stories.join(Stories.start("s", article("a0", "wwa"), T0), article("a1", null), T0.plusSeconds(60), true);

        Story updated = Stories.join(story, article("a0", "wwa"), T0.minusSeconds(60), false);

        assertThat(updated.articleCount()).isEqualTo(2);
        assertThat(updated.articleIds()).containsExactly("a0", "a1");
        assertThat(updated.sources()).containsExactly("wwa", "unknown");
        assertThat(updated.firstSeen()).isEqualTo(T0.minusSeconds(60));
    }

    @Test
    void aStoredStoryOfAnEarlierBuildCountsItsListedMembers() {
        Story earlier = new Story(1, "s", "Titel", java.util.List.of("a0", "a1", "a2"), 0, java.util.List.of("wwa"), T0, T0);

        assertThat(earlier.articleCount()).isEqualTo(3);
        assertThat(Stories.join(earlier, article("a3", "wwa"), T0, true).articleCount()).isEqualTo(4);
    }

    private static Article article(String id, String sourceId) {
        return new Article(Article.SCHEMA_VERSION, id, 1, sourceId, null, null, "Titel " + id, "Text " + id, "de", null, T0, T0,
                "hash-" + id);
    }
}
