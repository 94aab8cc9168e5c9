package io.wirewatch.alerts;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.channel.ChannelFactory;
import io.wirewatch.alerts.dispatch.AlertDispatcher;
import io.wirewatch.alerts.matching.AlertsTopology;
import io.wirewatch.events.Topics;
import io.wirewatch.events.health.ServiceFailure;
import io.wirewatch.events.streams.CommitTiming;

/**
 * The running alerts service: the Kafka Streams application that turns claims into alerts
 * ({@link AlertsTopology}) and the dispatcher that delivers them ({@link AlertDispatcher}).
 *
 * <p>Streams runs exactly-once, so a restart neither loses nor repeats an alert on the alerts
 * topic. Claims that cannot be read or processed are logged and written to
 * {@link Topics#DEAD_LETTERS} with the error in the headers; the application goes on. A stream thread
 * that dies is replaced; Streams in {@link KafkaStreams.State#ERROR} is a {@link #failure()}, on which the
 * runner stops the process.
 */
public final class AlertsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);
    private static final Duration STREAMS_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final AlertsConfig config;
    private final KafkaStreams streams;
    private final AlertDispatcher dispatcher;
    private final ServiceFailure failure = new ServiceFailure("alerts");
    private volatile Throwable lastThreadFailure;

    /**
     * @param config          validated configuration with subscriptions
     * @param kafkaProperties bootstrap servers and passthrough Kafka settings
     * @param stateDir        directory for the de-duplication store
     * @param console         where console channels print
     */
    public AlertsService(AlertsConfig config, Map<String, Object> kafkaProperties, Path stateDir, PrintStream console) {
        this(config, kafkaProperties, stateDir, console, null);
    }

    /** As above, with the wall clock that decides when digests are due (null: the system's). */
    AlertsService(AlertsConfig config, Map<String, Object> kafkaProperties, Path stateDir, PrintStream console, Clock digestClock) {
        this.config = config;
        this.streams = new KafkaStreams(AlertsTopology.build(config, "", digestClock),
                new StreamsConfig(streamsProperties(config, kafkaProperties, stateDir)));
        this.dispatcher = new AlertDispatcher(config, kafkaProperties, new ChannelFactory(console));
        streams.setUncaughtExceptionHandler(e -> {
            lastThreadFailure = e;
            LOG.error("alerts service '{}': stream thread {} failed, replacing it", config.applicationId(),
                    Thread.currentThread().getName(), e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.ERROR) {
                Throwable cause = lastThreadFailure;
                failure.fail("Kafka Streams stopped (ERROR)" + (cause == null ? "" : ": " + cause));
            }
        });
    }

    public void start() {
        LOG.info("starting alerts service '{}' with {} subscriptions", config.applicationId(), config.subscriptions().size());
        streams.start();
        dispatcher.start();
    }

    /** Stops the dispatcher and the Streams application, within seconds. */
    @Override
    public void close() {
        dispatcher.close();
        // Leave the group: a restarted instance gets its tasks at once instead of after the session timeout.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(STREAMS_CLOSE_TIMEOUT));
        LOG.info("alerts service '{}' stopped", config.applicationId());
    }

    /** True once the dispatcher's consumer has joined its group, for readiness checks. */
    public boolean dispatcherAssigned() {
        return dispatcher.assigned();
    }

    /** The Kafka Streams and dispatcher client metrics for a meter registry, which closes the binders when it closes. */
    public List<MeterBinder> kafkaMetrics() {
        List<MeterBinder> binders = new ArrayList<>();
        binders.add(new KafkaStreamsMetrics(streams));
        binders.addAll(dispatcher.kafkaClientMetrics());
        return binders;
    }

    /** True while the dispatcher delivers (it restarts itself after failures and stops only when closed). */
    public boolean dispatcherRunning() {
        return dispatcher.isRunning();
    }

    /** Whether the service still turns claims into alerts, and if not why. */
    public ServiceFailure failure() {
        return failure;
    }

    /** The Streams state, for health checks. */
    public KafkaStreams.State streamsState() {
        return streams.state();
    }

    static Map<String, Object> streamsProperties(AlertsConfig config, Map<String, Object> kafkaProperties, Path stateDir) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
        CommitTiming.pollWithinCommitInterval(props);
        // A poison claim must not stop alerting: log it, send it to the dead-letter topic, go on.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        // Applies to global stores as well, as it will by default from Kafka 5.0 (Streams warns until it is set).
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        return props;
    }
}
