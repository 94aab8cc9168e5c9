package io.wirewatch.processor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.ProgressMark;
import io.wirewatch.events.Rule;
import io.wirewatch.events.Story;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.story.StoryMatcher;

/** The processor topology in a {@link TopologyTestDriver}, with typed input and output topics. */
final class TopologyHarness implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Article> articles;
    private final TestInputTopic<String, byte[]> rawArticles;
    private final TestInputTopic<String, Rule> rules;
    private final TestOutputTopic<String, StoryAssignment> assignments;
    private final TestOutputTopic<String, Story> stories;
    private final TestOutputTopic<String, Claim> claims;

    TopologyHarness(ProcessorConfig config, Path stateDir) {
        this(ProcessorTopology.build(config), config, stateDir);
    }

    TopologyHarness(ProcessorConfig config, StoryMatcher storyMatcher, Path stateDir) {
        this(ProcessorTopology.build(config, ProcessorTopology.Options.defaults(config).withStoryMatchers(context -> storyMatcher)), config, stateDir);
    }

    TopologyHarness(ProcessorConfig config, Reordering reordering, Path stateDir) {
        this(ProcessorTopology.build(config, ProcessorTopology.Options.defaults(config).withReordering(reordering)), config, stateDir);
    }

    private TopologyHarness(Topology topology, ProcessorConfig config, Path stateDir) {
        Properties props = ProcessorService.streamsProperties(config, Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"), stateDir);
        driver = new TopologyTestDriver(topology, props);

        articles = driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
        rawArticles = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        rules = driver.createInputTopic(Topics.RULES.name(), Topics.RULES.keySerde().serializer(), Topics.RULES.valueSerde().serializer());
        assignments = driver.createOutputTopic(Topics.ASSIGNMENTS.name(), Topics.ASSIGNMENTS.keySerde().deserializer(), Topics.ASSIGNMENTS.valueSerde().deserializer());
        stories = driver.createOutputTopic(Topics.STORIES.name(), Topics.STORIES.keySerde().deserializer(), Topics.STORIES.valueSerde().deserializer());
        claims = driver.createOutputTopic(Topics.CLAIMS.name(), Topics.CLAIMS.keySerde().deserializer(), Topics.CLAIMS.valueSerde().deserializer());
    }

    /** Sends the article with its event time as record time, and returns the verdicts it produced. */
    List<StoryAssignment> send(Article article) {
        articles.pipeInput(new TestRecord<>(article.id(), article, article.eventTime()));
        return assignments.readValuesToList();
    }

    /** Sends the article and returns its single verdict. */
    StoryAssignment assign(Article article) {
        List<StoryAssignment> out = send(article);
        if (out.size() != 1) {
            throw new AssertionError("expected one assignment for " + article.id() + " but got " + out);
        }
        return out.get(0);
    }

    /** Lets wall-clock time pass, so that a reorder buffer flushes what it holds. */
    void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    /** All verdicts published so far and not yet read. */
    List<StoryAssignment> assignments() {
        return assignments.readValuesToList();
    }

    /** Sends ingest's progress mark (no value, the mark's header) at {@code time}, and returns the verdicts it released. */
    List<StoryAssignment> sendProgressMark(Instant time) {
        articles.pipeInput(new TestRecord<>(ProgressMark.KEY, null, ProgressMark.mark(new RecordHeaders()), time));
        return assignments.readValuesToList();
    }

    void sendRaw(String key, byte[] value, Instant time) {
        rawArticles.pipeInput(new TestRecord<>(key, value, time));
    }

    void putRule(Rule rule) {
        rules.pipeInput(rule.id(), rule);
    }

    void deleteRule(String ruleId) {
        rules.pipeInput(ruleId, null);
    }

    /** The latest state of every story published so far. */
    Map<String, Story> stories() {
        Map<String, Story> latest = new LinkedHashMap<>();
        stories.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    List<Claim> claims() {
        return claims.readValuesToList();
    }

    /** The contents of one of the processor's key-value stores. */
    <V> Map<String, V> store(String name) {
        KeyValueStore<String, V> store = driver.getKeyValueStore(name);
        Map<String, V> contents = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining(entry -> contents.put(entry.key, entry.value));
        }
        return contents;
    }

    /** Writes into one of the processor's key-value stores, as an earlier build would have left it. */
    <V> void put(String name, String key, V value) {
        KeyValueStore<String, V> store = driver.getKeyValueStore(name);
        store.put(key, value);
    }

    @Override
    public void close() {
        driver.close();
    }
}
