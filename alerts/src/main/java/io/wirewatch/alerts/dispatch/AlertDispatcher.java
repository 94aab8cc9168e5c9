package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.channel.ChannelFactory;
import io.wirewatch.events.Alert;
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
 * likewise); a channel that throws
 * counts as a failed attempt. Nothing leaves the dispatcher up but idle.
 */
public final class AlertDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    private static final Duration CLIENT_CLOSE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(2);
    private static final Duration FORCED_STOP = Duration.ofSeconds(5);
    /** Alerts that may wait per channel before reading stops. */
    static final int LANE_CAPACITY = 1_000;
    /** Retries held in memory until due; reading the retry topic pauses beyond this. */
    static final int MAX_SCHEDULED = 100_000;

    private final AlertsConfig config;
    private final Map<String, Object> kafkaProperties;
    private final Map<String, List<ChannelLane>> lanesBySubscription;
    private final KafkaProducer<byte[], byte[]> producer;
    private final DeadLetters deadLetters;
    private final RetryingDelivery delivery;
    private final PartitionProgress progress = new PartitionProgress();
    private final PartitionProgress retryProgress = new PartitionProgress();
    private final RetryPolicy policy;
    private final DeliveryLog log;
    private final Clock clock;
    private final ExecutorService pool;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean inGroup = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
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
        this.config = config;
        this.clock = clock;
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.pool = Executors.newCachedThreadPool(namedDaemons(config.applicationId() + "-deliver-"));
        this.lanesBySubscription = buildLanes(config.subscriptions(), channels);
        this.delivery = new RetryingDelivery(config.maxAttempts(), config.retryBackoff(), this::pause);
        this.policy = new RetryPolicy(config.retryBackoff().multipliedBy(2), config.retryMaxBackoff(), config.retryFor(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.producer = new KafkaProducer<>(producerProperties(kafkaProperties));
        this.deadLetters = new DeadLetters(producer);
        this.log = new DeliveryLog(producer, clock);
        this.loop = new SupervisedLoop(this::readLoop, config.retryBackoff(), this::pause,
                e -> LOG.error("dispatcher loop failed, restarting it from the committed positions", e));
        this.thread = new Thread(loop, config.applicationId() + "-dispatch");
        this.retryLoop = new SupervisedLoop(this::retryLoop, config.retryBackoff(), this::pause,
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
        return inGroup.get();
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
        closing.countDown();
        pool.shutdown();
        try {
            thread.join(GRACEFUL_STOP.toMillis());
            retryThread.join(GRACEFUL_STOP.toMillis());
            if (!pool.awaitTermination(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
            thread.join(FORCED_STOP.toMillis());
            retryThread.join(FORCED_STOP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Thread loopThread : List.of(thread, retryThread)) {
            if (loopThread.isAlive()) {
                LOG.warn("dispatcher thread {} did not stop within {}", loopThread.getName(), GRACEFUL_STOP.plus(FORCED_STOP));
            }
        }
        try {
            producer.close(CLIENT_CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warn("error closing the dispatcher's dead-letter producer", e);
        }
    }

    /** One run of the reading loop with its own consumer; returns when closing. */
    private void readLoop() {
        progress.forgetAll();
        Deque<ConsumerRecord<byte[], byte[]>> waiting = new ArrayDeque<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(groupId(config)))) {
            consumer.subscribe(List.of(Topics.ALERTS.name()), new Rebalance(consumer, progress,
                    gone -> waiting.removeIf(r -> gone.contains(new TopicPartition(r.topic(), r.partition()))), inGroup));
            while (!isClosing()) {
                try {
                    handOff(waiting);
                    if (waiting.isEmpty()) {
                        consumer.resume(consumer.paused());
                    } else {
                        consumer.pause(consumer.assignment());
                    }
                    consumer.poll(POLL_TIMEOUT).forEach(waiting::add);
                    handOff(waiting);
                    commit(consumer, progress);
                } catch (KafkaException e) {
                    // Broker away, rebalance, commit refused: nothing was committed that was not
                    // handled, so reading again from the committed positions loses nothing.
                    if (!isClosing()) {
                        LOG.warn("dispatcher cannot reach Kafka, retrying in {}: {}", config.retryBackoff(), e.toString());
                        waiting.clear();
                        progress.forgetAll();
                        rewindToCommitted(consumer);
                        pause(config.retryBackoff());
                    }
                }
            }
            // Closing: commit what the lanes finished before the consumer leaves.
            awaitLanes();
            commitQuietly(consumer, progress);
            consumer.close(CloseOptions.timeout(CLIENT_CLOSE_TIMEOUT));
        } finally {
            inGroup.set(false);
        }
    }

    /** Hands waiting records to their lanes in order, as long as every lane a record needs has room. */
    private void handOff(Deque<ConsumerRecord<byte[], byte[]>> waiting) {
        while (!isClosing() && !waiting.isEmpty()) {
            ConsumerRecord<byte[], byte[]> record = waiting.peek();
            Alert alert = read(record);
            List<ChannelLane> lanes = alert == null ? List.of() : lanesBySubscription.get(alert.subscriptionId());
            if (lanes != null && !lanes.stream().allMatch(ChannelLane::hasRoom)) {
                return;
            }
            waiting.poll();
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (alert == null) {
                progress.register(partition, record.offset(), 0);
            } else if (lanes == null) {
                // Typically a subscription removed from the config while its alerts were in flight.
                LOG.warn("alert {} is for unknown subscription '{}', dead-lettering it", alert.id(), alert.subscriptionId());
                deadLetters.send(record, "unknown subscription '" + alert.subscriptionId() + "'",
                        Map.of(DeadLetters.SUBSCRIPTION, alert.subscriptionId()));
                progress.register(partition, record.offset(), 0);
            } else {
                DeliveryMetrics.received(alert);
                progress.register(partition, record.offset(), lanes.size());
                for (int i = 0; i < lanes.size(); i++) {
                    ChannelLane lane = lanes.get(i);
                    Job job = new Job(alert, record, progress, i, 0, null);
                    if (!lane.trySubmit(() -> deliverOrDeadLetter(lane, job)) && !isClosing()) {
                        throw new IllegalStateException("lane of " + lane.channel().describe() + " full after its room was checked");
                    }
                }
            }
        }
    }

    /** The alert in the record; null (after dead-lettering it) when it cannot be read. */
    private Alert read(ConsumerRecord<byte[], byte[]> record) {
        return read(record, Map.of());
    }

    private Alert read(ConsumerRecord<byte[], byte[]> record, Map<String, String> details) {
        if (record.value() == null) {
            return null;
        }
        try {
            return Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            LOG.warn("unreadable alert at {}-{}@{}, dead-lettering it: {}",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e.getMessage(), details);
            return null;
        }
    }

    /**
     * A failure of the delivery code itself (a bug, not a refusing channel) must neither stop the
     * lane nor lose the alert: it is dead-lettered with the error.
     */
    private void deliverOrDeadLetter(ChannelLane lane, Job job) {
        MDC.put("service", "alerts");
        MDC.put("topic", job.source().topic());
        MDC.put("partition", Integer.toString(job.source().partition()));
        MDC.put("offset", Long.toString(job.source().offset()));
        MDC.put("alertId", job.alert().id());
        MDC.put("articleId", String.valueOf(job.alert().articleId()));
        try {
            deliver(lane, job);
        } catch (Throwable e) { // NOPMD: an Error here too must end in the dead-letter topic, not nowhere
            LOG.error("delivering alert {} to {} failed unexpectedly, dead-lettering it", job.alert().id(), lane.channel().describe(), e);
            String reason = "dispatcher failed: " + e;
            if (deadLetterPersistently(job.source(), reason, channelHeaders(job, lane))) {
                log.deadLettered(job.alert(), lane.channel().describe(), job.attempts(), reason);
                job.done();
            }
        } finally {
            MDC.clear();
        }
    }

    /**
     * Runs on the channel's lane: one round of attempts; when it fails, the next round is scheduled
     * on the retry topic, or the alert dead-lettered once {@code retryFor} has passed.
     */
    private void deliver(ChannelLane lane, Job job) {
        Alert alert = job.alert();
        String channel = lane.channel().describe();
        DeliveryOutcome outcome = delivery.deliver(lane.channel(), alert, (attempt, latencyMs, failure) -> {
            if (failure == null) {
                log.delivered(alert, channel, job.attempts() + attempt, latencyMs);
            } else {
                log.failed(alert, channel, job.attempts() + attempt, latencyMs, failure);
            }
        });
        if (outcome instanceof DeliveryOutcome.Abandoned) {
            return; // closing: stays uncommitted, delivered after the restart
        }
        if (outcome instanceof DeliveryOutcome.Failed failed) {
            if (!retryOrDeadLetter(lane, job, failed)) {
                return;
            }
        } else {
            LOG.debug("alert {} delivered to {} of subscription {}", alert.id(), channel, alert.subscriptionId());
        }
        job.done();
    }

    /** False when given up because the dispatcher is closing (the job stays undone). */
    private boolean retryOrDeadLetter(ChannelLane lane, Job job, DeliveryOutcome.Failed failed) {
        Alert alert = job.alert();
        String channel = lane.channel().describe();
        Instant now = clock.instant();
        int attempts = job.attempts() + failed.attempts();
        Instant firstFailure = job.firstFailure() != null ? job.firstFailure() : now;
        int round = Math.max(1, attempts / config.maxAttempts());
        Optional<Instant> due = policy.next(round, firstFailure, now);
        if (due.isPresent()) {
            RetryLetter letter = new RetryLetter(job.source().key(), job.source().value(), alert.subscriptionId(),
                    job.channelIndex(), channel, attempts, firstFailure, due.get(), failed.last().getMessage());
            if (!persistently(() -> DeadLetters.sendAndWait(producer, letter.toRecord(), "retry of alert " + alert.id()))) {
                return false;
            }
            LOG.info("alert {} not accepted by {} after {} attempts, next attempt at {}: {}",
                    alert.id(), channel, attempts, due.get(), failed.last().getMessage());
            log.retried(alert, channel, attempts, failed.last(), due.get());
            return true;
        }
        String reason = "gave up after " + attempts + " attempts since " + firstFailure + ": " + failed.last().getMessage();
        LOG.warn("dead-lettering alert {} for {}: {}", alert.id(), channel, reason);
        Map<String, String> headers = channelHeaders(job, lane);
        headers.put(DeadLetters.STATUS, Integer.toString(failed.last().status()));
        headers.put(DeadLetters.ATTEMPTS, Integer.toString(attempts));
        if (!deadLetterPersistently(job.source(), reason, headers)) {
            return false;
        }
        log.deadLettered(alert, channel, attempts, reason);
        return true;
    }

    private static Map<String, String> channelHeaders(Job job, ChannelLane lane) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DeadLetters.SUBSCRIPTION, job.alert().subscriptionId());
        headers.put(DeadLetters.CHANNEL, lane.channel().describe());
        headers.put(DeadLetters.CHANNEL_INDEX, Integer.toString(job.channelIndex()));
        return headers;
    }

    /** Writes the dead letter, retrying while the broker is away; false when given up because closing. */
    private boolean deadLetterPersistently(ConsumerRecord<byte[], byte[]> record, String reason, Map<String, String> headers) {
        return persistently(() -> deadLetters.send(record, reason, headers));
    }

    /** Runs the write until it succeeds, pausing while the broker is away; false when given up because closing. */
    private boolean persistently(Runnable write) {
        while (true) {
            try {
                write.run();
                return true;
            } catch (KafkaException e) {
                LOG.warn("cannot write to Kafka, retrying in {}: {}", config.retryBackoff(), e.toString());
                if (!pause(config.retryBackoff())) {
                    return false;
                }
            }
        }
    }

    /** One run of the retry loop: reads scheduled retries and hands each to its lane when due. */
    private void retryLoop() {
        retryProgress.forgetAll();
        PriorityQueue<Scheduled> schedule = new PriorityQueue<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(retryGroupId(config)))) {
            consumer.subscribe(List.of(Topics.ALERT_RETRIES.name()), new Rebalance(consumer, retryProgress,
                    gone -> schedule.removeIf(s -> gone.contains(s.job().partition())), new AtomicBoolean()));
            while (!isClosing()) {
                try {
                    if (schedule.size() >= MAX_SCHEDULED) {
                        consumer.pause(consumer.assignment());
                    } else {
                        consumer.resume(consumer.paused());
                    }
                    consumer.poll(untilDue(schedule)).forEach(record -> schedule(record, schedule));
                    submitDue(schedule);
                    commit(consumer, retryProgress);
                } catch (KafkaException e) {
                    if (!isClosing()) {
                        LOG.warn("dispatcher retry loop cannot reach Kafka, retrying in {}: {}", config.retryBackoff(), e.toString());
                        schedule.clear();
                        retryProgress.forgetAll();
                        rewindToCommitted(consumer);
                        pause(config.retryBackoff());
                    }
                }
            }
            awaitLanes();
            commitQuietly(consumer, retryProgress);
            consumer.close(CloseOptions.timeout(CLIENT_CLOSE_TIMEOUT));
        }
    }

    private Duration untilDue(PriorityQueue<Scheduled> schedule) {
        if (schedule.isEmpty()) {
            return POLL_TIMEOUT;
        }
        long millis = Duration.between(clock.instant(), schedule.peek().due()).toMillis();
        return Duration.ofMillis(Math.max(0, Math.min(POLL_TIMEOUT.toMillis(), millis)));
    }

    /** Puts a retry record in the schedule; one that cannot be read or whose channel is gone is dead-lettered. */
    private void schedule(ConsumerRecord<byte[], byte[]> record, PriorityQueue<Scheduled> schedule) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        RetryLetter letter;
        try {
            letter = RetryLetter.from(record);
        } catch (IllegalArgumentException e) {
            LOG.warn("{}, dead-lettering it", e.getMessage());
            deadLetters.send(record, e.getMessage(), Map.of());
            retryProgress.register(partition, record.offset(), 0);
            return;
        }
        Map<String, String> details = Map.of(DeadLetters.SUBSCRIPTION, letter.subscription(), DeadLetters.CHANNEL, letter.channel());
        Alert alert = read(record, details);
        List<ChannelLane> lanes = lanesBySubscription.get(letter.subscription());
        if (alert == null) {
            retryProgress.register(partition, record.offset(), 0);
            return;
        }
        if (lanes == null || letter.channelIndex() >= lanes.size()
                || !lanes.get(letter.channelIndex()).channel().describe().equals(letter.channel())) {
            String reason = "channel " + letter.channel() + " of subscription '" + letter.subscription()
                    + "' is no longer configured; last error: " + letter.lastError();
            LOG.warn("retry of alert {}: {}, dead-lettering it", alert.id(), reason);
            deadLetters.send(record, reason, details);
            retryProgress.register(partition, record.offset(), 0);
            return;
        }
        retryProgress.register(partition, record.offset(), 1);
        schedule.add(new Scheduled(letter.due(), new Job(alert, record, retryProgress, letter.channelIndex(),
                letter.attempts(), letter.firstFailure())));
    }

    /** Hands every due retry to its lane; one whose lane is full waits for the next turn. */
    private void submitDue(PriorityQueue<Scheduled> schedule) {
        Instant now = clock.instant();
        List<Scheduled> full = new ArrayList<>();
        while (!isClosing() && !schedule.isEmpty() && !schedule.peek().due().isAfter(now)) {
            Scheduled next = schedule.poll();
            ChannelLane lane = lanesBySubscription.get(next.job().alert().subscriptionId()).get(next.job().channelIndex());
            if (!lane.trySubmit(() -> deliverOrDeadLetter(lane, next.job()))) {
                full.add(next);
            }
        }
        schedule.addAll(full);
    }

    /** A retry waiting in memory for its time. */
    private record Scheduled(Instant due, Job job) implements Comparable<Scheduled> {

        @Override
        public int compareTo(Scheduled other) {
            return due.compareTo(other.due);
        }
    }

    private static void commit(KafkaConsumer<byte[], byte[]> consumer, PartitionProgress progress) {
        Map<TopicPartition, OffsetAndMetadata> positions = progress.committable();
        positions.keySet().retainAll(consumer.assignment());
        if (!positions.isEmpty()) {
            consumer.commitSync(positions);
            progress.committed(positions);
        }
    }

    private static void commitQuietly(KafkaConsumer<byte[], byte[]> consumer, PartitionProgress progress) {
        try {
            commit(consumer, progress);
        } catch (KafkaException e) {
            LOG.warn("could not commit the last delivered alerts; they will be delivered again: {}", e.toString());
        }
    }

    /** After a failure: read every assigned partition again from its committed position. */
    private static void rewindToCommitted(KafkaConsumer<byte[], byte[]> consumer) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(consumer.assignment());
            for (TopicPartition partition : consumer.assignment()) {
                OffsetAndMetadata position = committed.get(partition);
                if (position == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, position.offset());
                }
            }
        } catch (KafkaException e) {
            // Still unreachable: the next failure ends this consumer and the loop starts a fresh one.
            throw new IllegalStateException("cannot rewind the dispatcher to its committed positions", e);
        }
    }

    /** Lets the lanes finish what they run (the pool is shut down already), bounded by the close timeouts. */
    private void awaitLanes() {
        try {
            if (!pool.awaitTermination(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread.interrupted(); // the clients refuse to close on an interrupted thread
    }

    private boolean pause(Duration duration) {
        try {
            return !closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    /** Commits what finished before a partition goes, and forgets the records it had waiting. */
    private static final class Rebalance implements ConsumerRebalanceListener {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final PartitionProgress progress;
        private final Consumer<Collection<TopicPartition>> dropWaiting;
        private final AtomicBoolean inGroup;

        Rebalance(KafkaConsumer<byte[], byte[]> consumer, PartitionProgress progress, Consumer<Collection<TopicPartition>> dropWaiting,
                AtomicBoolean inGroup) {
            this.consumer = consumer;
            this.progress = progress;
            this.dropWaiting = dropWaiting;
            this.inGroup = inGroup;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commitQuietly(consumer, progress);
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            inGroup.set(false);
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // Positions come from the committed offsets; only readiness needs to know.
            inGroup.set(true);
        }

        private void forget(Collection<TopicPartition> partitions) {
            progress.forget(partitions);
            dropWaiting.accept(partitions);
        }
    }

    private Map<String, List<ChannelLane>> buildLanes(List<SubscriptionConfig> subscriptions, ChannelFactory factory) {
        Map<String, List<ChannelLane>> lanes = new HashMap<>();
        for (SubscriptionConfig subscription : subscriptions) {
            List<ChannelLane> own = new ArrayList<>();
            subscription.channels().forEach(channel ->
                    own.add(new ChannelLane(factory.create(channel), LANE_CAPACITY, pool, this::isClosing,
                            e -> LOG.error("delivery on {} failed", subscription.id(), e))));
            lanes.put(subscription.id(), List.copyOf(own));
        }
        return Map.copyOf(lanes);
    }

    private static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private Map<String, Object> consumerProperties(String groupId) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only alerts of committed Streams transactions; aborted ones would be sent twice.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A new group must start at the beginning: alerts written before the first start are still owed.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    private static Map<String, Object> producerProperties(Map<String, Object> kafkaProperties) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }
}
