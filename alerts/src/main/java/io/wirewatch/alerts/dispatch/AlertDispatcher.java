package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.channel.ChannelFactory;
import io.wirewatch.events.Topics;

/**
 * Reads {@link Topics#ALERTS} and delivers each alert to every channel of its subscription.
 *
 * <p><b>Isolation:</b> every channel has its own {@link ChannelLane}: its deliveries run in order on
 * a thread of a shared pool, independently of every other channel, so a receiver that hangs for its
 * whole timeout or refuses every attempt delays only its own alerts. The reading thread only hands
 * alerts to lanes; it stops reading (pauses its partitions) while a lane it must feed is full
 * ({@code laneCapacity} waiting alerts).
 *
 * <p><b>Guarantees:</b> an alert's offset is committed only after every channel of its subscription
 * accepted it or it was written to {@link Topics#DEAD_LETTERS} for that channel, and after every
 * earlier alert of its partition ({@link PartitionProgress}), so alerts are delivered at least once
 * and never lost silently. After a crash, alerts past the committed position are delivered again,
 * with the same {@code X-Wirewatch-Delivery} id, so receivers can drop the repeat.
 *
 * <p><b>Outages:</b> a channel gets {@code maxAttempts} attempts in a row, {@code retryBackoff}
 * apart; if all fail, the alert is written to {@link Topics#ALERT_RETRIES} for that channel with the
 * time of its next round ({@link RetryPolicy}: exponential back-off with jitter up to
 * {@code retryMaxBackoff}), and read back and tried again when due. The schedule lives on the topic,
 * so it survives restarts. After {@code retryFor} (default 24 h) since the first failure the alert
 * goes to {@link Topics#DEAD_LETTERS} with the reason. Every attempt and outcome goes to
 * {@link Topics#DELIVERIES} ({@link DeliveryLog}).
 *
 * <p><b>Supervision:</b> the reading loop restarts after any failure, an {@link Error} included
 * ({@link SupervisedLoop}), with a fresh consumer from the committed positions (the retry loop
 * likewise); a channel that throws counts as a failed attempt. Nothing leaves the dispatcher up but
 * idle.
 *
 * <p><b>Parts:</b> {@link AlertReadLoop} reads the alerts topic and {@link RetryReadLoop} the retry
 * topic, both committing through {@link Commits}; {@link JobDelivery} runs one alert on one lane and
 * {@link FailedDeliveries} decides between a retry and a dead letter; {@link ClientProperties} holds
 * the client settings. This class wires them and owns their threads.
 */
public final class AlertDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final Duration CLIENT_CLOSE_TIMEOUT = Duration.ofSeconds(2);
    /** Alerts that may wait per channel before reading stops. */
    static final int LANE_CAPACITY = 1_000;

    private final KafkaProducer<byte[], byte[]> producer;
    private final LanePool pool;
    private final StopSignal stop = new StopSignal();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AlertReadLoop reading;
    private final SupervisedLoop loop;
    private final Thread thread;
    private final SupervisedLoop retryLoop;
    private final Thread retryThread;

    /**
     * @param config          validated configuration with subscriptions
     * @param kafkaProperties bootstrap servers and passthrough client settings
     * @param channels        builds the subscriptions' channels
     */
    public AlertDispatcher(AlertsConfig config, Map<String, Object> kafkaProperties, ChannelFactory channels) {
        this(config, kafkaProperties, channels, Clock.systemUTC());
    }

    /** As above, with the clock that stamps the delivery log and schedules retries. */
    AlertDispatcher(AlertsConfig config, Map<String, Object> kafkaProperties, ChannelFactory channels, Clock clock) {
        Map<String, Object> clientProperties = Map.copyOf(kafkaProperties);
        this.pool = new LanePool(config.applicationId() + "-deliver-");
        SubscriptionLanes lanes = SubscriptionLanes.build(config.subscriptions(), channels, LANE_CAPACITY, pool.executor(),
                stop::isClosing);
        this.producer = new KafkaProducer<>(ClientProperties.producer(clientProperties));
        DeadLetters deadLetters = new DeadLetters(producer);
        DeliveryLog log = new DeliveryLog(producer, clock);
        RetryPolicy policy = new RetryPolicy(config.retryBackoff().multipliedBy(2), config.retryMaxBackoff(), config.retryFor(),
                () -> ThreadLocalRandom.current().nextDouble());
        FailedDeliveries failures = new FailedDeliveries(config.maxAttempts(), policy, clock, producer, deadLetters, log,
                config.retryBackoff(), stop::pause);
        JobDelivery delivery = new JobDelivery(new RetryingDelivery(config.maxAttempts(), config.retryBackoff(), stop::pause),
                log, failures);
        LoopParts parts = new LoopParts(lanes, new AlertReader(deadLetters), deadLetters, delivery::run, stop,
                pool::awaitLanes, config.retryBackoff());

        this.reading = new AlertReadLoop(
                () -> new KafkaConsumer<>(ClientProperties.consumer(clientProperties, groupId(config))),
                parts);
        this.loop = new SupervisedLoop(reading, config.retryBackoff(), stop::pause,
                e -> LOG.error("dispatcher loop failed, restarting it from the committed positions", e));
        this.thread = new Thread(loop, config.applicationId() + "-dispatch");
        RetryReadLoop retries = new RetryReadLoop(
                () -> new KafkaConsumer<>(ClientProperties.consumer(clientProperties, retryGroupId(config))),
                parts, clock);
        this.retryLoop = new SupervisedLoop(retries, config.retryBackoff(), stop::pause,
                e -> LOG.error("dispatcher retry loop failed, restarting it from the committed positions", e));
        this.retryThread = new Thread(retryLoop, config.applicationId() + "-dispatch-retry");
    }

    /** The consumer group that holds the dispatcher's committed offsets. */
    public static String groupId(AlertsConfig config) {
        return config.applicationId() + "-dispatch";
    }

    /**
     * True once the alerts consumer has joined its group and been given its partitions (possibly none,
     * when more instances run than the alerts topic has partitions), until it loses them or stops: for
     * readiness checks, from any thread.
     */
    public boolean assigned() {
        return reading.assigned();
    }

    /**
     * The producer's metrics for a meter registry. The consumers are not bound: the supervised loops
     * replace them after a failure, and their lag is measured per group from the committed offsets.
     */
    public List<KafkaClientMetrics> kafkaClientMetrics() {
        return List.of(new KafkaClientMetrics(producer));
    }

    /** The consumer group that holds the retry loop's committed offsets. */
    public static String retryGroupId(AlertsConfig config) {
        return config.applicationId() + "-dispatch-retry";
    }

    /** Starts reading and delivering. */
    public void start() {
        thread.start();
        retryThread.start();
    }

    /** True while both reading loops run (they stop only when closed), for health checks. */
    public boolean isRunning() {
        return thread.isAlive() && retryThread.isAlive();
    }

    /** How often the reading loops were restarted after a failure. */
    public int restarts() {
        return loop.restarts() + retryLoop.restarts();
    }

    /**
     * Stops within seconds: deliveries in flight may finish (bounded by the channel timeout, then
     * interrupted); an alert not fully handled is not committed and is delivered after a restart.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop.stop();
        pool.shutdown();
        Duration graceful = LanePool.GRACEFUL_STOP;
        try {
            thread.join(graceful.toMillis());
            retryThread.join(graceful.toMillis());
            pool.awaitStopped();
            thread.join(LanePool.FORCED_STOP.toMillis());
            retryThread.join(LanePool.FORCED_STOP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Thread loopThread : List.of(thread, retryThread)) {
            if (loopThread.isAlive()) {
                LOG.warn("dispatcher thread {} did not stop within {}", loopThread.getName(), graceful.plus(LanePool.FORCED_STOP));
            }
        }
        try {
            producer.close(CLIENT_CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warn("error closing the dispatcher's dead-letter producer", e);
        }
    }
}
