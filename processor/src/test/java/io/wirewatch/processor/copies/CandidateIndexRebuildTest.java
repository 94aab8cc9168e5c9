package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.Fixtures;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.EvidenceStoryMatcher;

/**
 * The candidate index lives in memory only; these tests open a second processor on the stores a first
 * one wrote, as a restart, a moved task or a rolled-back transaction does.
 */
class CandidateIndexRebuildTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path stateDir;
    private MockProcessorContext<String, AssignedArticle> context;
    private final List<StateStore> stores = new ArrayList<>();

    @BeforeEach
    void openStores() {
        openStoresIn(stateDir);
    }

    private void openStoresIn(Path dir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "candidate-index-rebuild");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
        context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
        List<StoreBuilder<?>> builders = new ArrayList<>(CopyStores.builders());
        builders.addAll(EvidenceStoryMatcher.storeBuilders());
        for (StoreBuilder<?> builder : builders) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            stores.add(store);
        }
    }

    @AfterEach
    void closeStores() {
        stores.forEach(StateStore::close);
    }

    @Test
    void aCopyOfAnArticleSeenBeforeTheRestartIsStillACopy() {
        CopyDetectionProcessor before = openProcessor();
        assign(before, Fixtures.article("bahn-original", "a1", "wwa", T0));
        before.close();

        CopyDetectionProcessor after = openProcessor();
        StoryAssignment copy = assign(after, Fixtures.article("bahn-neuer-einstieg", "a2", "zuercher", T0.plusSeconds(60)));

        assertThat(copy.duplicateOf()).isEqualTo("a1");
        assertThat(copy.reason()).isEqualTo(Verdict.NEAR_COPY);
    }

    @Test
    void reopeningTheSameProcessorForgetsWhatTheStoresDoNotHold() {
        CopyDetectionProcessor processor = openProcessor();
        assign(processor, Fixtures.article("bahn-original", "a1", "wwa", T0));
        // what a rolled-back transaction leaves: the stores are restored without a1, the processor object stays
        stores.forEach(StateStore::close);
        stores.clear();
        openStoresIn(stateDir.resolve("restored"));
        processor.init(context);

        StoryAssignment copy = assign(processor, Fixtures.article("bahn-neuer-einstieg", "a2", "zuercher", T0.plusSeconds(60)));

        assertThat(copy.duplicateOf()).as("a1 is not in the stores, so it is no candidate").isNull();
    }

    @Test
    void aRevisionAfterARestartIsTheSameAndReplayingTheInputRevisesNothingTwice() {
        Article portal = Fixtures.article("faehre-portal", "portal", "kuestenportal", T0.plusSeconds(1800));
        Article agency = Fixtures.article("faehre-original", "agency", "wwa", T0);
        CopyDetectionProcessor before = openProcessor();
        assign(before, portal);
        before.close();

        CopyDetectionProcessor after = openProcessor();
        List<StoryAssignment> out = process(after, agency);
        assertThat(out).extracting(StoryAssignment::articleId).containsExactly("agency", "portal");
        assertThat(out.get(1).duplicateOf()).isEqualTo("agency");
        after.close();

        CopyDetectionProcessor replaying = openProcessor();
        assertThat(process(replaying, portal)).as("the input again, after another restart").isEmpty();
        assertThat(process(replaying, agency)).isEmpty();
    }

    private CopyDetectionProcessor openProcessor() {
        ProcessorConfig config = ProcessorConfig.defaults();
        CopyDetectionProcessor processor = new CopyDetectionProcessor(config.copySettings(),
                EvidenceStoryMatcher.factory(config.storyWindow()));
        processor.init(context);
        return processor;
    }

    private StoryAssignment assign(CopyDetectionProcessor processor, Article article) {
        List<StoryAssignment> out = process(processor, article);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    /** Every verdict the article's arrival published: its own, then any it revised. */
    private List<StoryAssignment> process(CopyDetectionProcessor processor, Article article) {
        context.resetForwards();
        FingerprintedArticle fingerprinted = new FingerprintedArticle(article, new Fingerprinter(ProcessorConfig.defaults().copySettings()).fingerprint(article));
        processor.process(new Record<>(article.id(), fingerprinted, article.fetchedAt().toEpochMilli()));
        return context.forwarded().stream().map(forward -> forward.record().value().assignment()).toList();
    }
}
