package io.wirewatch.processor;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.Article;
import io.wirewatch.events.JsonSerde;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.dedup.CopyDetectionProcessor;
import io.wirewatch.processor.dedup.DedupStores;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.StoryMatcher;

/**
 * The processor topology:
 *
 * <pre>
 * news.articles.v1 ─ one partition ─ copy detection ─┬─ news.assignments.v1 (article id → StoryAssignment)
 *                                   (dedup stores)   ├─ news.stories.v1     (story id → Story)
 *                                                    └─ claim attribution ── news.claims.v1 (claim id → Claim)
 * wirewatch.rules.v1 ─ global rules store ──────────────────┘
 * </pre>
 */
public final class ProcessorTopology {

    /** Global store of the rules topic: rule id → Rule. */
    public static final String RULES_STORE = "rules-global";
    /** claim id → claim state. */
    public static final String CLAIMS_STORE = "claims";

    /**
     * Every article is re-keyed to this one key and routed through one partition, so that one task sees
     * all articles in arrival order and the verdicts do not depend on how ARTICLES is partitioned.
     */
    static final String SINGLE_PARTITION_KEY = "all-articles";

    private ProcessorTopology() {
    }

    /** The topology in which every original starts its own story. */
    public static Topology build(ProcessorConfig config) {
        return build(config, StoryMatcher.NONE);
    }

    /**
     * The topology with a matcher that may put an original into an existing story (an independent
     * report of the same event). The matcher is called in the single copy-detection task.
     */
    public static Topology build(ProcessorConfig config, StoryMatcher storyMatcher) {
        config.validate();
        StreamsBuilder builder = new StreamsBuilder();
        DedupStores.builders().forEach(builder::addStateStore);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLAIMS_STORE),
                Serdes.String(), JsonSerde.of(ClaimState.class)));
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RULES_STORE), Serdes.String(), Topics.RULES.valueSerde())
                        .withLoggingDisabled(),
                Topics.RULES.name(),
                Consumed.with(Topics.RULES.keySerde(), Topics.RULES.valueSerde()).withName("rules"),
                RuleStoreUpdater::new);

        // Foundation for determinism: a single partition and task. A later issue re-keys by LSH band so
        // that copy detection scales out (each band's buckets on their own partition).
        KStream<String, Article> articles = builder
                .stream(Topics.ARTICLES.name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()).withName("articles"))
                .filter((id, article) -> article != null, Named.as("drop-empty-articles"))
                .selectKey((id, article) -> SINGLE_PARTITION_KEY, Named.as("key-all-articles-alike"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.ARTICLES.valueSerde())
                        .withName("articles-in-order")
                        .withNumberOfPartitions(1));

        KStream<String, AssignedArticle> assigned = articles.process(
                () -> new CopyDetectionProcessor(config.dedupSettings(), storyMatcher),
                Named.as("copy-detection"), DedupStores.names());

        assigned.mapValues(AssignedArticle::assignment, Named.as("assignment"))
                .to(Topics.ASSIGNMENTS.name(), Produced.with(Topics.ASSIGNMENTS.keySerde(), Topics.ASSIGNMENTS.valueSerde()).withName("assignments"));
        assigned.map((articleId, a) -> KeyValue.pair(a.story().id(), a.story()), Named.as("story"))
                .to(Topics.STORIES.name(), Produced.with(Topics.STORIES.keySerde(), Topics.STORIES.valueSerde()).withName("stories"));
        assigned.process(() -> new ClaimAttributionProcessor(config.rules(), config.storyWindow()),
                        Named.as("claim-attribution"), CLAIMS_STORE)
                .to(Topics.CLAIMS.name(), Produced.with(Topics.CLAIMS.keySerde(), Topics.CLAIMS.valueSerde()).withName("claims"));
        return builder.build();
    }
}
