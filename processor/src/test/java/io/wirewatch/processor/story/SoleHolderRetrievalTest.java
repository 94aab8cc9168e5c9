package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.processor.Fixtures;

/**
 * Two reports of one event that choose different longest words as retrieval keys still meet: the words only
 * one live story holds count for the stories the retrieval keys found in the window.
 */
class SoleHolderRetrievalTest {

    private static final Instant MAY_14 = Instant.parse("2026-05-14T10:00:00Z");
    /** The words both reports use: shorter than their longest words, so no retrieval key of either. */
    private static final List<String> SHARED_WORDS = List.of("w:hallenbad", "w:waldhof", "w:becken", "w:sauna", "w:stadtrat",
            "w:schwimmkurs", "w:bademeist");

    @TempDir
    Path stateDir;
    private final List<StateStore> stores = new ArrayList<>();
    private EvidenceStoryMatcher matcher;

    @BeforeEach
    void open() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sole-holder");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
        MockProcessorContext<String, String> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        for (StoreBuilder<?> builder : EvidenceStoryMatcher.storeBuilders(Stores::inMemoryKeyValueStore)) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            stores.add(store);
        }
        matcher = new EvidenceStoryMatcher(context.getStateStore(EvidenceStoryMatcher.STORE),
                context.getStateStore(EvidenceStoryMatcher.PROFILES), context.getStateStore(EvidenceStoryMatcher.EXPIRY), Duration.ofHours(72));
    }

    @AfterEach
    void close() {
        stores.forEach(StateStore::close);
    }

    @Test
    void reportsSharingOneRetrievalKeyAndRareWordsMeet() {
        assign("agentur", List.of("d:05-14", "w:hallenbadsanierung", "w:sanierungsbeschluss"), MAY_14);

        assertThat(storyFor("zeitung", List.of("d:05-14", "w:badeanstaltumbau", "w:gemeinderatssitzung"), MAY_14.plusSeconds(3_600)))
                .contains("story-agentur");
    }

    @Test
    void rareWordsAloneFindNoStoryOutsideTheWindow() {
        assign("agentur", List.of("d:05-14", "w:hallenbadsanierung", "w:sanierungsbeschluss"), MAY_14);

        assertThat(storyFor("zeitung", List.of("d:05-14", "w:badeanstaltumbau", "w:gemeinderatssitzung"), MAY_14.plus(Duration.ofDays(10))))
                .as("the one retrieval key lies outside the story window").isEmpty();
        assertThat(storyFor("andere", List.of("d:06-20", "w:badeanstaltumbau", "w:gemeinderatssitzung"), MAY_14.plusSeconds(3_600)))
                .as("no retrieval key in common").isEmpty();
    }

    @Test
    void wordsSeveralStoriesHoldFindNothing() {
        assign("agentur", List.of("d:05-14", "w:hallenbadsanierung", "w:sanierungsbeschluss"), MAY_14);
        assign("anderes-bad", List.of("d:04-02", "w:freibaderoeffnung", "w:saisonkartenverkauf"), MAY_14.plusSeconds(60));

        assertThat(storyFor("zeitung", List.of("d:05-14", "w:badeanstaltumbau", "w:gemeinderatssitzung"), MAY_14.plusSeconds(3_600)))
                .as("the shared words are in two stories: one retrieval key is too few").isEmpty();
    }

    private void assign(String id, List<String> retrieval, Instant at) {
        Article article = Fixtures.article(id, 1, id, id, id, at);
        EventKeys keys = keys(retrieval);
        assertThat(matcher.storyFor(article, retrieval, keys, at.toEpochMilli())).isEmpty();
        matcher.assigned(article, retrieval, keys, "story-" + id, at.toEpochMilli(), at.toEpochMilli());
    }

    private java.util.Optional<String> storyFor(String id, List<String> retrieval, Instant at) {
        return matcher.storyFor(Fixtures.article(id, 1, id, id, id, at), retrieval, keys(retrieval), at.toEpochMilli());
    }

    private static EventKeys keys(List<String> retrieval) {
        List<String> evidence = new ArrayList<>(retrieval);
        evidence.addAll(SHARED_WORDS);
        return EventKeys.of(evidence);
    }
}
