package io.wirewatch.bench.processor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.app.workload.RuleGenerator;
import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.ProcessorService;

/**
 * The processor as it runs in production, on this machine: the {@link ProcessorService} (Kafka Streams,
 * exactly-once, RocksDB stores with record caches and changelogs, its default stream threads) against an
 * embedded single-node broker in the same JVM, which shares the cores. The articles ({@link ArticleMix},
 * 40 % copies) are produced first; then the service starts and the run measures
 * <ul>
 *   <li>copy detection: assignments per second on {@code news.assignments.v1}, from the first to the last
 *       one (start-up excluded), read committed;</li>
 *   <li>the whole processor: articles per second until the claim stage has committed its last input
 *       offset, with the given number of watch-list rules, from the start (start-up included) and over the
 *       second half (from when the claim stage had committed half of its input: compiled code, the steady
 *       state);</li>
 *   <li>passthrough: once the service is closed, a plain producer and consumer move the same articles,
 *       with the same serdes, through a new topic of the same broker, from the first send to the last
 *       record received: what the transport alone allows on this machine.</li>
 * </ul>
 *
 * <pre>java -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.BrokerThroughput [articles] [rules]</pre>
 *
 * Defaults: 20,000 articles, 10,000 rules; {@code -Dthreads=N} sets {@code num.stream.threads} (default:
 * the service's); {@code -Dgrace=PT2M} and {@code -DcommitInterval=PT0.1S} set {@code processor.reorderGrace}
 * and {@code processor.commitInterval} (default: the service's); {@code -Dstreams.KEY=VALUE} passes any other
 * Kafka Streams or client setting through, as {@code kafka.client} does in the application (e.g.
 * {@code -Dstreams.poll.ms=100}; the commit interval is the processor's key, which wins). A measuring
 * program, not a test: it waits by polling.
 */
public final class BrokerThroughput {

    private static final String APPLICATION_ID = "wirewatch-bench-broker";
    private static final int PARTITIONS = 4;
    private static final String PASSTHROUGH_TOPIC = "bench.passthrough";
    private static final String STREAMS_PREFIX = "streams.";
    private static final String CLAIM_STAGE_INPUT = APPLICATION_ID + "-articles-by-story-repartition";

    private BrokerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int ruleCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = TempDirs.create("wirewatch-bench-broker");
        // The broker expires a producer's state by the record timestamps of its last batch: articles stamped
        // more than a day ago (the default) would lose it mid-run. They are stamped from a few days ago on.
        Map<String, String> brokerSettings = Map.of("producer.id.expiration.ms", Long.toString(Duration.ofDays(7).toMillis()));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, brokerSettings)) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            System.err.println("broker at " + broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                // Kept forever: the articles are stamped in the past, and time-based retention would delete
                // them from under the processor mid-run.
                admin.createTopics(Topics.all().stream().map(t -> new NewTopic(t.name(), PARTITIONS, (short) 1)
                                .configs(Map.of("retention.ms", "-1"))).toList())
                        .all().get(60, TimeUnit.SECONDS);
                Instant start = Instant.now().minus(ArticleMix.SPACING.multipliedBy(count));
                produce(client, new ArticleMix(42).articles(count, start, "bench"));
                ProcessorConfig config = ProcessorConfig.defaults().withApplicationId(APPLICATION_ID)
                        .withReorderGrace(Duration.parse(System.getProperty("grace", "PT2M")))
                        .withRules(new RuleGenerator(42).generate(ruleCount));
                if (System.getProperty("commitInterval") != null) {
                    config = config.withCommitInterval(Duration.parse(System.getProperty("commitInterval")));
                }
                long started = System.nanoTime();
                Map<String, Object> streams = new HashMap<>(client);
                if (System.getProperty("threads") != null) { // -Dthreads=N: other than the service's default
                    streams.put("num.stream.threads", Integer.parseInt(System.getProperty("threads")));
                }
                streams.putAll(streamsOverrides());
                double wholePerSec;
                try (ProcessorService service = new ProcessorService(config, streams, dir.resolve("state"))) {
                    ClaimStageProgress progress = new ClaimStageProgress(admin, APPLICATION_ID, CLAIM_STAGE_INPUT);
                    CpuAccount cpu = CpuAccount.start();
                    service.start();
                    progress.start();
                    double[] assignments = awaitAssignments(client, count);
                    Map<TopicPartition, Long> lastRecord = lastRecordOffsets(client, CLAIM_STAGE_INPUT);
                    double claimsDoneSeconds = awaitClaimStage(admin, lastRecord, started);
                    String processorCpu = cpu.perItem(count);
                    double claimsHalfSeconds = (progress.halfDone(lastRecord) - started) / 1e9;
                    System.out.printf("articles %d, rules %d, stream threads %s, cores %d, commit interval %d ms, grace %s, overrides %s%n",
                            count, ruleCount, streams.getOrDefault("num.stream.threads", "default"), Runtime.getRuntime().availableProcessors(),
                            config.commitInterval().toMillis(), config.reorderGrace(), streamsOverrides());
                    System.out.printf("copy detection: %.0f articles/s (first to last assignment, %.1f s; first after %.1f s); second half %.0f articles/s%n",
                            (count - 1) / assignments[1], assignments[1], (assignments[0] - started) / 1e9, (count - count / 2) / assignments[2]);
                    wholePerSec = count / claimsDoneSeconds;
                    System.out.printf("whole processor incl. claims and rules: %.0f articles/s (%.1f s from start, start-up included); second half %.0f articles/s%n",
                            wholePerSec, claimsDoneSeconds, (count - count / 2) / (claimsDoneSeconds - claimsHalfSeconds));
                    System.out.printf("whole processor: %s, start-up included%n", processorCpu);
                    System.out.printf("record caches and changelogs per store:%n%s",
                            CacheReport.format(CacheReport.hitRatios(), CacheReport.changelogRecords(admin, APPLICATION_ID), count));
                }
                List<Article> same = new ArticleMix(42).articles(count, start, "passthrough");
                passthrough(client, admin, PASSTHROUGH_TOPIC + ".warm-up", same); // the JIT compiles the clients' code first
                CpuAccount passthroughCpu = CpuAccount.start();
                double passthroughPerSec = passthrough(client, admin, PASSTHROUGH_TOPIC, same);
                System.out.printf("passthrough: %s%n", passthroughCpu.perItem(count));
                System.out.printf("passthrough (plain produce and consume, same records and broker): %.0f articles/s; whole processor / passthrough = %.3f%n",
                        passthroughPerSec, wholePerSec / passthroughPerSec);
            }
        } finally {
            TempDirs.deleteQuietly(dir);
        }
    }

    /** The {@code -Dstreams.KEY=VALUE} system properties, without the prefix. */
    private static Map<String, Object> streamsOverrides() {
        Map<String, Object> overrides = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(STREAMS_PREFIX))
                .forEach(name -> overrides.put(name.substring(STREAMS_PREFIX.length()), System.getProperty(name)));
        return overrides;
    }

    private static void produce(Map<String, Object> client, List<Article> articles) {
        produce(client, Topics.ARTICLES.name(), articles);
    }

    private static void produce(Map<String, Object> client, String topic, List<Article> articles) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // On a machine busy with other work the broker may not answer for minutes: wait, rather than let a
        // batch expire and the run wait for articles that were never written.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props, Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic, null, article.fetchedAt().toEpochMilli(), article.id(), article),
                        (metadata, e) -> failure.compareAndSet(null, e));
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("could not write every article to " + topic, failure.get());
        }
    }

    /**
     * Articles per second through a plain producer and consumer (the articles' own serdes, the producer
     * settings of {@link #produce}, a consumer that reads as the processor does: read committed) on a new
     * topic with the partitions of the others: from the first send until the consumer has them all.
     */
    private static double passthrough(Map<String, Object> client, Admin admin, String topic, List<Article> articles) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1).configs(Map.of("retention.ms", "-1"))))
                .all().get(60, TimeUnit.SECONDS);
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + topic);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(props, Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().size() < PARTITIONS) { // joined the group: nothing produced is missed
                consumer.poll(Duration.ofMillis(100));
            }
            long started = System.nanoTime();
            CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> produce(client, topic, articles));
            int received = 0;
            while (received < articles.size()) {
                received += consumer.poll(Duration.ofMillis(100)).count();
                if (producer.isCompletedExceptionally()) {
                    producer.join(); // throws the producer's failure
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            producer.join();
            return articles.size() / seconds;
        }
    }

    /**
     * @return {time of the first assignment (nanoTime), seconds from the first to the last, seconds from
     *         the middle one to the last}: the second half runs on compiled code, the first half includes
     *         the JIT compiling Kafka, RocksDB's bindings and the processor
     */
    private static double[] awaitAssignments(Map<String, Object> client, int count) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-assignments");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ASSIGNMENTS.name()));
            long first = 0;
            long half = 0;
            long last = 0;
            int seen = 0;
            // Distinct article ids, so that a repeated assignment (exactly-once broken) is reported, not counted.
            Set<String> articles = new HashSet<>();
            long reported = System.nanoTime();
            while (articles.size() < count) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (System.nanoTime() - reported > 5_000_000_000L) {
                    System.err.printf("%d of %d assignments%n", seen, count);
                    reported = System.nanoTime();
                }
                if (!records.isEmpty()) {
                    long now = System.nanoTime();
                    first = seen == 0 ? now : first;
                    half = seen < count / 2 ? now : half;
                    seen += records.count();
                    records.forEach(r -> articles.add(new String(r.key(), StandardCharsets.UTF_8)));
                    last = now;
                }
            }
            System.out.printf("assignments: %d for %d articles (%d repeated)%n", seen, articles.size(), seen - articles.size());
            return new double[] {first, (last - first) / 1e9, (last - half) / 1e9};
        }
    }

    /**
     * Seconds from {@code started} until the claim stage has committed every article it was sent. Called
     * once all assignments are visible: copy detection writes the articles for the claim stage in the same
     * transactions, so the repartition topic is complete by then.
     */
    private static double awaitClaimStage(Admin admin, Map<TopicPartition, Long> lastRecord, long started) throws Exception {
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APPLICATION_ID)
                    .partitionsToOffsetAndMetadata().get(60, TimeUnit.SECONDS);
            boolean done = lastRecord.entrySet().stream().allMatch(e -> {
                OffsetAndMetadata offset = committed.get(e.getKey());
                return offset != null && offset.offset() > e.getValue();
            });
            if (done) {
                return (System.nanoTime() - started) / 1e9;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** The offset of the last committed record in each partition of {@code topic} that has one. */
    private static Map<TopicPartition, Long> lastRecordOffsets(Map<String, Object> client, String topic) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> last = new HashMap<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max));
            }
            return last;
        }
    }
}
