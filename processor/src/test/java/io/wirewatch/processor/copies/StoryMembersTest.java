package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Verdict;
import io.wirewatch.processor.state.InMemoryStores;

class StoryMembersTest {

    private InMemoryStores stores;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<String, String> entries;
    private StoryMembers members;

    @BeforeEach
    void openStores() throws Exception {
        stores = new InMemoryStores("story-members");
        articles = stores.open(CopyStores.ARTICLES, CopySerdes.articleState());
        entries = stores.open(CopyStores.MEMBERS, Serdes.String());
        members = new StoryMembers(entries);
    }

    @AfterEach
    void closeStores() throws Exception {
        stores.close();
    }

    @Test
    void aGroupIsTheStorysMembersOfThatOriginalInOrderOfArrival() {
        store(state("copy-b", "f0", "orig", 30));
        store(state("orig", "f0", "orig", 10));
        store(state("copy-a", "f0", "orig", 20));
        store(state("other", "f0", "other", 15));
        // A story whose id begins like the first one's: its members are not the first story's.
        store(state("lookalike", "f00", "orig", 5));
        store(state("lookalike-2", "f0/", "orig", 5));

        assertThat(members.group("f0", "orig", articles)).extracting(ArticleState::articleId)
                .containsExactly("orig", "copy-a", "copy-b");
        assertThat(members.group("f0", "other", articles)).extracting(ArticleState::articleId).containsExactly("other");
        assertThat(members.group("f00", "orig", articles)).extracting(ArticleState::articleId).containsExactly("lookalike");
    }

    @Test
    void theStoredStateDecidesOverAStaleEntryAndForgottenArticlesAreGone() {
        ArticleState copy = state("copy", "f0", "orig", 20);
        store(state("orig", "f0", "orig", 10));
        store(copy);
        // Revised in the article store, its entry not rewritten (a crash between the two writes).
        articles.put("copy", copy.revisedTo("earlier", 0.9, Verdict.NEAR_COPY, "earlier"));

        assertThat(members.group("f0", "orig", articles)).extracting(ArticleState::articleId).containsExactly("orig");

        members.forgotten(articles.get("orig"));
        articles.delete("orig");
        assertThat(members.group("f0", "orig", articles)).isEmpty();
        assertThat(entries.approximateNumEntries()).isEqualTo(1);
    }

    @Test
    void stateOfAnEarlierBuildIsListedOnceWhenTheIndexIsEmpty() {
        articles.put("orig", state("orig", "f0", "orig", 10));
        articles.put("copy", state("copy", "f0", "orig", 20));

        members.backfillFrom(articles);

        assertThat(members.group("f0", "orig", articles)).extracting(ArticleState::articleId).containsExactly("orig", "copy");

        members.forgotten(articles.get("copy"));
        articles.put("late", state("late", "f0", "orig", 30));
        members.backfillFrom(articles);
        assertThat(members.group("f0", "orig", articles)).as("an index that lists anything is not backfilled again")
                .extracting(ArticleState::articleId).containsExactly("orig");
    }

    private void store(ArticleState state) {
        articles.put(state.articleId(), state);
        members.stored(state);
    }

    private static ArticleState state(String id, String storyId, String originalId, long seenAtMs) {
        return new ArticleState(id, 1, "hash-" + id, seenAtMs, seenAtMs, new long[] {1L, 2L}, originalId, storyId,
                id.equals(originalId) ? 0 : 0.9, id.equals(originalId) ? Verdict.ORIGINAL : Verdict.NEAR_COPY, seenAtMs, null,
                originalId, 0, null);
    }
}
