package io.wirewatch.processor;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.Serde;
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
import io.wirewatch.processor.dedup.FingerprintedArticle;
import io.wirewatch.processor.dedup.Fingerprinter;
import io.wirewatch.processor.order.ReorderBuffer;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.EvidenceStoryMatcher;
import io.wirewatch.processor.story.StoryMatcherFactory;

/**
 * The processor topology:
 *
 * <pre>
 * news.articles.v1 ─ one partition ─ reorder buffer ─ copy detection ─┬─ news.assignments.v1 (article id → StoryAssignment)
 *                                  (held articles)  (dedup, evidence)  ├─ news.stories.v1     (story id → Story)
 *                                                                     └─ partitions by story ─ claim attribution ── news.claims.v1 (claim id → Claim)
 * wirewatch.rules.v1 ─ global rules store ──────────────────────────────────────────────────────┘
 * </pre>
 *
 * <p>The reorder buffer is there only when the grace is positive (see
 * {@link ProcessorConfig#reorderGraceOr(java.time.Duration)}): {@link #build(ProcessorConfig)} leaves an
 * unset grace at zero, for single-threaded drivers that feed one order anyway and want each verdict at
 * once; {@link ProcessorService} applies {@link ProcessorConfig#DEFAULT_SERVICE_REORDER_GRACE}.
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

    /**
     * The topology on the public topics; originals join the story of an independent report of the same
     * event when the evidence is strong ({@link EvidenceStoryMatcher}).
     */
    public static Topology build(ProcessorConfig config) {
        return build(config, EvidenceStoryMatcher.factory(config.storyWindow()));
    }

    /** The topology with another story matcher, opened in the single copy-detection task. */
    public static Topology build(ProcessorConfig config, StoryMatcherFactory storyMatchers) {
        return build(config, storyMatchers, TopicNames.PUBLIC, Reordering.DRIVER);
    }

    /** The topology on the given topics with the given ordering: the service and tests. */
    static Topology build(ProcessorConfig config, StoryMatcherFactory storyMatchers, TopicNames topics, Reordering reordering) {
        return build(config, storyMatchers, topics, reordering, new SharedRuleBook(config.rules()), RejectedRules.LOG_ONLY);
    }

    /**
     * The topology with a given rule index: one per topology instance, shared by its claim tasks and told
     * of rules-topic changes. A task that opens it while the caller holds it open reuses the caller's index.
     */
    static Topology build(ProcessorConfig config, StoryMatcherFactory storyMatchers, TopicNames topics, Reordering reordering,
            SharedRuleBook rules, RejectedRules rejectedRules) {
        config.validate();
        StreamsBuilder builder = new StreamsBuilder();
        DedupStores.builders().forEach(builder::addStateStore);
        builder.addStateStore(EvidenceStoryMatcher.storeBuilder());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLAIMS_STORE),
                Serdes.String(), JsonSerde.of(ClaimState.class)).withCachingEnabled());
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RULES_STORE), Serdes.String(), Topics.RULES.valueSerde())
                        .withLoggingDisabled(),
                Topics.RULES.name(),
                // Raw bytes: the updater decodes and rejects bad records itself (see RuleStoreUpdater), because
                // a failed deserialisation on a global store stops the global thread for good.
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("rules"),
                () -> new RuleStoreUpdater(rules, rejectedRules));

        // Determinism: copy detection sees every article, in order, in a single partition and task. What
        // depends on an article alone (normalised lines, shingles, MinHash keys, story evidence) is computed
        // before, in the input tasks, which run in parallel, and travels along with the article.
        Fingerprinter fingerprinter = new Fingerprinter(config.dedupSettings());
        Serde<FingerprintedArticle> fingerprinted = FingerprintedArticle.serde(fingerprinter);
        KStream<String, FingerprintedArticle> articles = builder
                .stream(topics.articles(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()).withName("articles"))
                .filter((id, article) -> article != null, Named.as("drop-empty-articles"))
                .mapValues(article -> new FingerprintedArticle(article, fingerprinter.fingerprint(article)), Named.as("fingerprint"))
                .selectKey((id, article) -> SINGLE_PARTITION_KEY, Named.as("key-all-articles-alike"))
                .repartition(Repartitioned.with(Serdes.String(), fingerprinted)
                        .withName("articles-in-order")
                        .withNumberOfPartitions(1));
        Duration grace = config.reorderGraceOr(reordering.defaultGrace());
        if (!grace.isZero() && !grace.isNegative()) {
            builder.addStateStore(ReorderBuffer.storeBuilder(fingerprinted));
            articles = articles.process(() -> new ReorderBuffer<FingerprintedArticle>(grace, reordering.idleFlush(), a -> a.article().id()),
                    Named.as("reorder-buffer"), ReorderBuffer.STORE);
        }

        String[] detectionStores = Stream.concat(Arrays.stream(DedupStores.names()), Stream.of(EvidenceStoryMatcher.STORE))
                .toArray(String[]::new);
        KStream<String, AssignedArticle> assigned = articles.process(
                () -> new CopyDetectionProcessor(config.dedupSettings(), storyMatchers),
                Named.as("copy-detection"), detectionStores);

        assigned.mapValues(AssignedArticle::assignment, Named.as("assignment"))
                .to(topics.assignments(), Produced.with(Topics.ASSIGNMENTS.keySerde(), Topics.ASSIGNMENTS.valueSerde()).withName("assignments"));
        assigned.map((articleId, a) -> KeyValue.pair(a.story().id(), a.story()), Named.as("story"))
                .to(topics.stories(), Produced.with(Topics.STORIES.keySerde(), Topics.STORIES.valueSerde()).withName("stories"));
        // Claims need no global order, only the order within a story: they leave the single copy-detection
        // partition keyed by story, so that extraction and rule matching, the costliest steps, run on as
        // many stream threads and instances as there are partitions here.
        assigned.map((articleId, a) -> KeyValue.pair(a.assignment().storyId(), a.article()), Named.as("key-by-story"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.ARTICLES.valueSerde())
                        .withName("articles-by-story")
                        .withNumberOfPartitions(config.claimPartitions()))
                .process(() -> new ClaimAttributionProcessor(rules, config.storyWindow()),
                        Named.as("claim-attribution"), CLAIMS_STORE)
                .to(topics.claims(), Produced.with(Topics.CLAIMS.keySerde(), Topics.CLAIMS.valueSerde()).withName("claims"));
        return builder.build();
    }
}
