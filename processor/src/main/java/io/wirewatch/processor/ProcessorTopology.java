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

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.attribution.ClaimAttributionProcessor;
import io.wirewatch.processor.attribution.RejectedRules;
import io.wirewatch.processor.attribution.RuleStoreUpdater;
import io.wirewatch.processor.attribution.SharedRuleBook;
import io.wirewatch.processor.copies.CopyDetectionProcessor;
import io.wirewatch.processor.copies.CopyStores;
import io.wirewatch.processor.copies.FingerprintedArticle;
import io.wirewatch.processor.copies.Fingerprinter;
import io.wirewatch.processor.order.ReorderBuffer;
import io.wirewatch.processor.order.TagSourcePartition;
import io.wirewatch.processor.state.CompactArticles;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.EvidenceStoryMatcher;
import io.wirewatch.processor.story.StoryMatcherFactory;

/**
 * The processor topology:
 *
 * <pre>
 * news.articles.v1 ─ one partition ─ reorder buffer ─ copy detection ─┬─ news.assignments.v1 (article id → StoryAssignment, revisions too)
 *                                  (held articles)  (dedup, evidence)  ├─ news.stories.v2     (story id → Story)
 *                                                                     └─ partitions by story ─ claim attribution ── news.claims.v2 (claim id → Claim)
 * wirewatch.rules.v1 ─ global rules store ──────────────────────────────────────────────────────┘
 * </pre>
 *
 * <p>The reorder buffer is there only when the grace is positive (see
 * {@link ProcessorConfig#reorderGraceOr(java.time.Duration)}): {@link #build(ProcessorConfig)} leaves an
 * unset grace at zero, for single-threaded drivers that feed one order anyway and want each verdict at
 * once; {@link ProcessorService} applies {@link ProcessorConfig#DEFAULT_SERVICE_REORDER_GRACE}, and tells the
 * buffer the articles topic's partition count, so that it releases an article as soon as every partition has
 * moved past it and holds it for the whole grace only while a partition lags or is quiet.
 */
public final class ProcessorTopology {

    /** Global store of the rules topic: rule id → Rule. */
    public static final String RULES_STORE = RuleStoreUpdater.STORE;
    /** claim id → claim state. */
    public static final String CLAIMS_STORE = ClaimAttributionProcessor.STORE;

    /**
     * Every article is re-keyed to this one key and routed through one partition, so that one task sees
     * all articles in arrival order and the verdicts do not depend on how ARTICLES is partitioned.
     */
    static final String SINGLE_PARTITION_KEY = "all-articles";

    private ProcessorTopology() {
    }

    /**
     * What varies between the service, single-threaded drivers (replay, evaluation, benchmarks) and tests.
     *
     * @param storyMatchers how an original finds the story of an independent report of the same event,
     *                      opened in the single copy-detection task
     * @param topicPrefix   prefix of the topic names ({@link io.wirewatch.events.TopicSpec#withPrefix}); empty in production
     * @param reordering    how articles are ordered before copy detection
     * @param rules         the rule index, one per topology instance, shared by its claim tasks and told of
     *                      rules-topic changes (a task that opens it while the caller holds it open reuses the
     *                      caller's index); null for a new one of the configured rules
     * @param rejectedRules where records of the rules topic go that are not valid rules (the service
     *                      dead-letters them; drivers and tests only log them)
     */
    public record Options(StoryMatcherFactory storyMatchers, String topicPrefix, Reordering reordering, SharedRuleBook rules,
                          RejectedRules rejectedRules) {

        /** The public topics, no reordering unless configured, stories joined on strong evidence ({@link EvidenceStoryMatcher}). */
        public static Options defaults(ProcessorConfig config) {
            return new Options(EvidenceStoryMatcher.factory(config.storyWindow()), "", Reordering.DRIVER, null, RejectedRules.LOG_ONLY);
        }

        /** These options with another story matcher. */
        public Options withStoryMatchers(StoryMatcherFactory newStoryMatchers) {
            return new Options(newStoryMatchers, topicPrefix, reordering, rules, rejectedRules);
        }

        Options withTopicPrefix(String newTopicPrefix) {
            return new Options(storyMatchers, newTopicPrefix, reordering, rules, rejectedRules);
        }

        Options withReordering(Reordering newReordering) {
            return new Options(storyMatchers, topicPrefix, newReordering, rules, rejectedRules);
        }

        Options withRules(SharedRuleBook newRules) {
            return new Options(storyMatchers, topicPrefix, reordering, newRules, rejectedRules);
        }

        Options withRejectedRules(RejectedRules newRejectedRules) {
            return new Options(storyMatchers, topicPrefix, reordering, rules, newRejectedRules);
        }
    }

    /** The topology with {@link Options#defaults}: what replay, evaluation and most tests run. */
    public static Topology build(ProcessorConfig config) {
        return build(config, Options.defaults(config));
    }

    public static Topology build(ProcessorConfig config, Options options) {
        config.validate();
        StoryMatcherFactory storyMatchers = options.storyMatchers();
        Reordering reordering = options.reordering();
        SharedRuleBook rules = options.rules() != null ? options.rules() : new SharedRuleBook(config.rules());
        String prefix = options.topicPrefix();
        StreamsBuilder builder = new StreamsBuilder();
        CopyStores.builders().forEach(builder::addStateStore);
        EvidenceStoryMatcher.storeBuilders().forEach(builder::addStateStore);
        builder.addStateStore(ClaimAttributionProcessor.storeBuilder());
        builder.addStateStore(ClaimAttributionProcessor.expiryStoreBuilder());
        builder.addStateStore(ClaimAttributionProcessor.membersStoreBuilder());
        builder.addGlobalStore(RuleStoreUpdater.storeBuilder(),
                Topics.RULES.name(),
                // Raw bytes: the updater decodes and rejects bad records itself (see RuleStoreUpdater), because
                // a failed deserialisation on a global store stops the global thread for good.
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("rules"),
                () -> new RuleStoreUpdater(rules, options.rejectedRules()));

        // Determinism: copy detection sees every article, in order, in a single partition and task. What
        // depends on an article alone (normalised lines, shingles, MinHash keys, story evidence) is computed
        // before, in the input tasks, which run in parallel, and travels along with the article.
        Fingerprinter fingerprinter = new Fingerprinter(config.copySettings());
        Serde<FingerprintedArticle> fingerprinted = FingerprintedArticle.serde(fingerprinter);
        KStream<String, FingerprintedArticle> articles = builder
                .stream(Topics.ARTICLES.withPrefix(prefix).name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()).withName("articles"))
                .mapValues(article -> article == null ? null : new FingerprintedArticle(article, fingerprinter.fingerprint(article)),
                        Named.as("fingerprint"))
                // The ordered task reads one partition; the header tells it which input partition has come how far.
                // Ingest's progress marks (no value) go on with it, for the reorder buffer; other empty records stop here.
                .processValues(TagSourcePartition::new, Named.as("tag-source-partition"))
                .selectKey((id, article) -> SINGLE_PARTITION_KEY, Named.as("key-all-articles-alike"))
                .repartition(Repartitioned.with(Serdes.String(), fingerprinted)
                        .withName("articles-in-order")
                        .withNumberOfPartitions(1));
        if (reordering.buffers(config)) {
            Duration grace = reordering.grace(config);
            builder.addStateStore(ReorderBuffer.storeBuilder(fingerprinted));
            articles = articles.process(() -> new ReorderBuffer<FingerprintedArticle>(grace, reordering.idleFlush(), a -> a.article().id(),
                            reordering.sourcePartitions(), ProcessorMetrics::reordered),
                    Named.as("reorder-buffer"), ReorderBuffer.STORE);
        }

        String[] detectionStores = Stream.concat(Arrays.stream(CopyStores.names()), EvidenceStoryMatcher.storeNames().stream())
                .toArray(String[]::new);
        KStream<String, AssignedArticle> assigned = articles.process(
                () -> new CopyDetectionProcessor(config.copySettings(), storyMatchers),
                Named.as("copy-detection"), detectionStores);

        assigned.mapValues(a -> {
                    ProcessorMetrics.assigned(a.assignment(), a.isRevision());
                    return a.assignment();
                }, Named.as("assignment"))
                .to(Topics.ASSIGNMENTS.withPrefix(prefix).name(), Produced.with(Topics.ASSIGNMENTS.keySerde(), Topics.ASSIGNMENTS.valueSerde()).withName("assignments"));
        // A revised verdict is published, but its article and story went out before (see CopyDetectionProcessor).
        KStream<String, AssignedArticle> placed = assigned.filterNot((articleId, a) -> a.isRevision(), Named.as("drop-revisions"));
        placed.map((articleId, a) -> KeyValue.pair(a.story().id(), a.story()), Named.as("story"))
                .to(Topics.STORIES.withPrefix(prefix).name(), Produced.with(Topics.STORIES.keySerde(), Topics.STORIES.valueSerde()).withName("stories"));
        // Claims need no global order, only the order within a story: they leave the single copy-detection
        // partition keyed by story, so that extraction and rule matching, the costliest steps, run on as
        // many stream threads and instances as there are partitions here. The articles travel in the compact
        // internal encoding, not in the public JSON: the hop costs a fraction to write and read.
        placed.map((articleId, a) -> KeyValue.pair(a.assignment().storyId(), a.article()), Named.as("key-by-story"))
                .repartition(Repartitioned.with(Serdes.String(), CompactArticles.serde())
                        .withName("articles-by-story")
                        .withNumberOfPartitions(config.claimPartitions()))
                .process(() -> new ClaimAttributionProcessor(rules, config.storyWindow()),
                        Named.as("claim-attribution"), CLAIMS_STORE, ClaimAttributionProcessor.EXPIRY,
                        ClaimAttributionProcessor.MEMBERS)
                .to(Topics.CLAIMS.withPrefix(prefix).name(), Produced.with(Topics.CLAIMS.keySerde(), Topics.CLAIMS.valueSerde()).withName("claims"));
        return builder.build();
    }
}
