package io.wirewatch.bench.processor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import io.wirewatch.events.Article;
import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.ProcessorService;
import io.wirewatch.processor.ProcessorTopology;

/**
 * A processor topology run by a TopologyTestDriver on its own state directory (RocksDB stores as in
 * production): the whole topology with default settings and two watch-list rules, or only its copy
 * detection and story assignment ({@link CopyDetectionTopology}).
 */
final class ProcessorUnderTest implements ArticleSink {

    static final List<Rule> RULES = List.of(Rule.of("bench-de", "sagte OR erklärte"), Rule.of("bench-en", "warned"));

    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Article> articles;

    /** The whole processor topology. */
    ProcessorUnderTest() {
        this(ProcessorConfig.defaults());
    }

    /** The whole processor topology with this configuration and the benchmark's rules. */
    ProcessorUnderTest(ProcessorConfig config) {
        this(ProcessorTopology.build(config.withRules(RULES)));
    }

    ProcessorUnderTest(Topology topology) {
        stateDir = TempDirs.create("wirewatch-bench-processor");
        Properties props = streamsProperties("wirewatch-bench-processor");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, Instant.EPOCH);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    /** What a benchmark's Kafka Streams runtime (test driver or mock context) is configured with: the service's store tuning. */
    static Properties streamsProperties(String applicationId) {
        Properties props = new Properties();
        props.putAll(ProcessorService.stateStoreProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "bench.invalid:9092");
        return props;
    }

    /** Pipes the article with its fetch time as record time, as ingest's producer stamps it. */
    @Override
    public void process(Article article) {
        articles.pipeInput(new TestRecord<>(article.id(), article, article.fetchedAt()));
    }

    /** What the topology published on the claims topic since the last call, each as key, a tab and the JSON value. */
    List<String> claimRecords() {
        return driver.createOutputTopic(Topics.CLAIMS.name(), new StringDeserializer(), new StringDeserializer()).readRecordsToList()
                .stream().map(record -> record.key() + "\t" + record.value()).toList();
    }

    /**
     * Drops, unread, what the topology wrote to any topic (outputs, changelogs, repartition topics): the
     * driver queues every record it produces until read, which a broker would not hold in this JVM.
     */
    void drainOutputs() {
        for (String topic : driver.producedTopicNames()) {
            driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
        }
    }

    /** Bytes the state stores hold on disk now. */
    long stateBytesOnDisk() {
        return TempDirs.bytesUnder(stateDir);
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            TempDirs.deleteQuietly(stateDir);
        }
    }
}
