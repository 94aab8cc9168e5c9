package io.wirewatch.alerts.matching;

import java.time.Duration;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import io.wirewatch.alerts.payload.ArticleRefs;
import io.wirewatch.alerts.payload.Member;
import io.wirewatch.events.Article;
import io.wirewatch.events.StoryAssignment;

/**
 * Pairs each article (from ingest) with its story assignment (from the processor), both keyed by
 * article id, and sends the article, without its text, to its story's task as a {@link StoryEvent}.
 * Either may come first; the store keeps the first until the second arrives, for {@code retention}
 * of stream time.
 */
final class ArticleIndex {

    private ArticleIndex() {
    }

    /** Articles in: remembered, and sent on when their assignment is already known. */
    static final class Articles extends Base<Article> {

        Articles(String storeName, Duration retention) {
            super(storeName, retention);
            // One of the two processors of the store purges it.
        }

        @Override
        public void process(Record<String, Article> record) {
            Article article = record.value();
            if (article == null || article.id() == null) {
                return;
            }
            Member member = ArticleRefs.member(article);
            ValueAndTimestamp<PendingMember> known = store.get(article.id());
            String storyId = known == null ? null : known.value().storyId();
            store.put(article.id(), ValueAndTimestamp.make(new PendingMember(member, storyId), record.timestamp()));
            if (storyId != null) {
                context.forward(record.withKey(storyId).withValue(StoryEvent.of(member)));
            }
        }
    }

    /** Assignments in: the article they name is sent to the story's task, or the story remembered until it comes. */
    static final class Assignments extends Base<StoryAssignment> {

        Assignments(String storeName) {
            super(storeName, null);
        }

        @Override
        public void process(Record<String, StoryAssignment> record) {
            StoryAssignment assignment = record.value();
            if (assignment == null) {
                return;
            }
            ValueAndTimestamp<PendingMember> known = store.get(assignment.articleId());
            Member member = known == null ? null : known.value().member();
            store.put(assignment.articleId(), ValueAndTimestamp.make(
                    new PendingMember(member, assignment.storyId()), record.timestamp()));
            if (member != null) {
                context.forward(record.withKey(assignment.storyId()).withValue(StoryEvent.of(member)));
            }
        }
    }

    private abstract static class Base<V> implements Processor<String, V, String, StoryEvent> {

        private final String storeName;
        private final Duration retention;
        ProcessorContext<String, StoryEvent> context;
        TimestampedKeyValueStore<String, PendingMember> store;

        /** @param retention how long an unpaired entry is kept; null for the processor that does not purge */
        Base(String storeName, Duration retention) {
            this.storeName = storeName;
            this.retention = retention;
        }

        @Override
        public void init(ProcessorContext<String, StoryEvent> context) {
            this.context = context;
            this.store = context.getStateStore(storeName);
            if (retention == null) {
                return;
            }
            context.schedule(Expiry.purgeInterval(retention), PunctuationType.STREAM_TIME,
                    streamTime -> Expiry.purge(store, streamTime - retention.toMillis()));
        }
    }
}
