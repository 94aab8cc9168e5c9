package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.wirewatch.processor.state.GroupKeys;

/**
 * Every stored article by story, with the original of its copy group: how a revision finds the members of
 * a copy group. A {@link io.wirewatch.events.Story} lists only its newest members, so it cannot; and
 * reading a group's members must not cost more than the group, as revisions come in runs during a backfill.
 *
 * <p>Key: story id and article id ({@link GroupKeys}: a story's keys form one range); value: the
 * id of the article's original ({@link ArticleState#originalId()}). The article states stay the truth: an
 * entry only says where to look.
 */
final class StoryMembers {

    private final KeyValueStore<String, String> entries;

    StoryMembers(KeyValueStore<String, String> entries) {
        this.entries = entries;
    }

    /** Lists every stored article once, if this index was added after they were stored ({@link IndexBackfill}). */
    void backfillFrom(KeyValueStore<String, ArticleState> articles) {
        IndexBackfill.ifEmpty(entries, articles, this::stored);
    }

    /** The article is stored with this state: a new member, or one whose original changed. */
    void stored(ArticleState state) {
        entries.put(GroupKeys.key(state.storyId(), state.articleId()), state.originalId());
    }

    void forgotten(ArticleState state) {
        entries.delete(GroupKeys.key(state.storyId(), state.articleId()));
    }

    /**
     * The stored members of the story whose original is {@code originalId} (the original itself included), in
     * order of arrival.
     */
    List<ArticleState> group(String storyId, String originalId, KeyValueStore<String, ArticleState> articles) {
        List<ArticleState> members = new ArrayList<>();
        try (KeyValueIterator<String, String> story = GroupKeys.range(entries, storyId)) {
            while (story.hasNext()) {
                var entry = story.next();
                if (!originalId.equals(entry.value)) {
                    continue;
                }
                ArticleState member = articles.get(GroupKeys.member(storyId, entry.key));
                if (member != null && member.originalId().equals(originalId)) {
                    members.add(member);
                }
            }
        }
        members.sort(Comparator.comparingLong(ArticleState::seenAtMs).thenComparing(ArticleState::articleId));
        return members;
    }
}
