package io.wirewatch.processor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Topics;
import io.wirewatch.events.health.ServiceFailure;
import io.wirewatch.events.streams.CommitTiming;
import io.wirewatch.processor.attribution.RuleDeadLetters;
import io.wirewatch.processor.attribution.SharedRuleBook;
import io.wirewatch.processor.state.MissHeavyRocksDbConfig;

/**
 * Runs {@link ProcessorTopology} with Kafka Streams. Exactly-once processing; a record that cannot be
 * read or processed is logged, written with its original bytes to the dead-letter topic and skipped, so
 * one poison record never stops the stream; a bad record on the rules topic is dead-lettered by
 * {@link RuleDeadLetters}.
 *
 * <p>A stream thread that dies is replaced. What cannot be replaced (the global thread, a client that
 * went to {@link KafkaStreams.State#ERROR}) is a {@link #failure()}: the runner stops the process with it
 * rather than keep one up that no longer processes anything.
 */
public final class ProcessorService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PARTITION_LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private final ProcessorConfig config;
    private final Properties properties;
    private final String topicPrefix;
    private final Reordering reordering;
    private final ServiceFailure failure = new ServiceFailure("processor");
    private KafkaStreams streams;
    private SharedRuleBook rules;
    private RuleDeadLetters rejectedRules;

    /**
     * @param config          the processor section, with rules
     * @param kafkaProperties bootstrap servers and any pass-through Kafka Streams settings
     *                        (e.g. {@code replication.factor}, {@code num.stream.threads})
     * @param stateDir        where the state stores live
     */
    public ProcessorService(ProcessorConfig config, Map<String, Object> kafkaProperties, Path stateDir) {
        this(config, kafkaProperties, stateDir, "", Reordering.SERVICE);
    }

    /** A service on prefixed topics: tests that run independent deployments side by side on one broker. */
    ProcessorService(ProcessorConfig config, Map<String, Object> kafkaProperties, Path stateDir, String topicPrefix, Reordering reordering) {
        this.config = config.validate();
        this.properties = streamsProperties(config, kafkaProperties, stateDir);
        this.topicPrefix = topicPrefix;
        this.reordering = reordering;
    }

    /** The Kafka Streams settings: the pass-through ones, then the ones this service requires. */
    static Properties streamsProperties(ProcessorConfig config, Map<String, Object> kafkaProperties, Path stateDir) {
        Properties props = new Properties();
        props.putAll(stateStoreProperties());
        // Copy detection is one task on one thread; claim extraction and rule matching run in the tasks of
        // the story-keyed partitions, which further threads take on. A pass-through setting wins.
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Math.max(2, Runtime.getRuntime().availableProcessors()));
        props.putAll(kafkaProperties);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
        CommitTiming.pollWithinCommitInterval(props);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName());
        // The rules' global store too: a rule record that fails is logged and skipped like any other.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        return props;
    }

    /**
     * How the processor's state stores are set up, for every runtime of its topology (this service, the
     * offline replay, benchmarks); a pass-through setting of the same key wins.
     */
    public static Map<String, Object> stateStoreProperties() {
        return Map.of(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, MissHeavyRocksDbConfig.class);
    }

    public synchronized void start() {
        if (streams != null) {
            throw new IllegalStateException("processor " + config.applicationId() + " already started");
        }
        // The rule index is built here, before any stream thread runs: built in a claim task's init, tens
        // of thousands of rules kept that thread from its transaction long enough to be fenced.
        rules = new SharedRuleBook(config.rules());
        rules.open();
        StreamsConfig streamsConfig = new StreamsConfig(properties);
        rejectedRules = RuleDeadLetters.connect(streamsConfig);
        Reordering ordering = reordering.buffers(config) && reordering.sourcePartitions() == 0
                ? reordering.withSourcePartitions(articlePartitions(streamsConfig)) : reordering;
        streams = new KafkaStreams(ProcessorTopology.build(config, ProcessorTopology.Options.defaults(config)
                .withTopicPrefix(topicPrefix).withReordering(ordering).withRules(rules).withRejectedRules(rejectedRules)), properties);
        streams.setGlobalStateRestoreListener(rejectedRules);
        StreamsSupervision.supervise(streams, "processor " + config.applicationId(), failure);
        LOG.info("starting processor {} with {} configured rules", config.applicationId(), config.rules().size());
        streams.start();
    }

    /**
     * The partition count of the articles topic, for the reorder buffer; 0 when it cannot be learnt now
     * (the buffer then releases by its grace alone, as it did before it knew the partitions).
     */
    private int articlePartitions(StreamsConfig streamsConfig) {
        String topic = Topics.ARTICLES.withPrefix(topicPrefix).name();
        try (Admin admin = Admin.create(streamsConfig.getAdminConfigs(config.applicationId() + "-topic-lookup"))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(PARTITION_LOOKUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic).partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("processor {}: partitions of {} unknown ({}): articles leave the reorder buffer by its grace alone",
                    config.applicationId(), topic, e.getCause() != null ? e.getCause().getMessage() : e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The Kafka Streams state, {@link KafkaStreams.State#CREATED} before {@link #start()}. */
    public synchronized KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.CREATED : streams.state();
    }

    /** The Kafka Streams metrics (and those of its clients) for a meter registry; call after {@link #start()}. */
    public synchronized KafkaStreamsMetrics kafkaStreamsMetrics() {
        if (streams == null) {
            throw new IllegalStateException("processor " + config.applicationId() + " not started");
        }
        return new KafkaStreamsMetrics(streams);
    }

    /** Whether the service still processes, and if not why: set when Kafka Streams went to ERROR. */
    public ServiceFailure failure() {
        return failure;
    }

    /** Stops within ten seconds at most, committing what was processed. */
    @Override
    public synchronized void close() {
        if (streams != null) {
            // Leave the group: a restarted instance gets its tasks at once instead of after the session timeout.
            if (!streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(CLOSE_TIMEOUT))) {
                LOG.warn("processor {} did not stop within {}", config.applicationId(), CLOSE_TIMEOUT);
            }
            streams = null;
            rules.close();
            rules = null;
            rejectedRules.close();
            rejectedRules = null;
        }
    }
}
