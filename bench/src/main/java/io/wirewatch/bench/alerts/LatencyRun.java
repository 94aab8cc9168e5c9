package io.wirewatch.bench.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.AlertsService;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.digest.DeliverySchedule;
import io.wirewatch.alerts.matching.SubscriptionMatcher;
import io.wirewatch.bench.processor.TempDirs;
import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.TopicSpec;
import io.wirewatch.events.Topics;

/**
 * One run of the alerts benchmark: an embedded single-node KRaft broker, the real {@link AlertsService}
 * (Kafka Streams exactly-once with its stores and changelogs, the dispatcher with its channel lanes and
 * signed webhooks) and one local {@link WebhookReceiver}, all in this JVM on the same cores. The load is
 * what the processor publishes for each article ({@link AlertsWorkload}): the article, its story
 * assignment and its claim, produced at {@code rate} articles per second against a schedule.
 *
 * <p>Latency of an alert = when the receiver got it − when the claim record that should raise it was
 * due to be produced (its scheduled time, so a producer falling behind counts against the service, not
 * for it) − {@code groupWait}. Which alerts a claim should raise comes from the alerts service's own
 * {@link SubscriptionMatcher}, judging the sources each claim carries; the first claim of a (subscription, story)
 * raises its alert. Only alerts of immediate subscriptions raised in the measured part are measured.
 */
final class LatencyRun {

    private static final String APPLICATION_ID = "wirewatch-bench-alerts";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final LoadSettings settings;
    private final PrintStream progress;

    LatencyRun(LoadSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Summary run() throws Exception {
        Path dir = TempDirs.create("wirewatch-bench-alerts");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, Map.of());
             WebhookReceiver receiver = WebhookReceiver.start(8)) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                admin.createTopics(Topics.all().stream().map(t -> new NewTopic(t.name(), settings.partitions(), (short) 1)).toList())
                        .all().get(60, TimeUnit.SECONDS);
            }
            AlertsWorkload workload = new AlertsWorkload(settings);
            List<SubscriptionConfig> subscriptions = workload.subscriptions(receiver.baseUrl(), Instant.now());
            AlertsConfig config = new AlertsConfig(APPLICATION_ID, null, null, null, null, null, null, null, null, null, null)
                    .withGrouping(settings.groupWait(), AlertsConfig.DEFAULT_GROUP_INTERVAL, AlertsConfig.DEFAULT_MAX_UPDATES)
                    .withSubscriptions(subscriptions);
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            Map<String, Object> streams = new HashMap<>(client);
            if (settings.streamThreads() > 0) {
                streams.put("num.stream.threads", settings.streamThreads());
            }
            try (AlertsService service = new AlertsService(config, streams, dir.resolve("alerts"), nowhere)) {
                service.start();
                await(() -> service.streamsState() == KafkaStreams.State.RUNNING && service.dispatcherAssigned(), READY_TIMEOUT,
                        "the alerts service to run");
                progress.printf("alerts service running: %d subscriptions over %d rules, %d webhooks at %s%n",
                        subscriptions.size(), settings.rules(), settings.webhooks(), receiver.baseUrl());
                Expectations expected = new Expectations(subscriptions, settings.warmUpArticles(), settings.groupWait().toNanos());
                try (AlertsTopicWatch topic = new AlertsTopicWatch(client, settings.partitions())) {
                    Load load = produce(client, workload, expected);
                    long drainEnd = System.nanoTime() + settings.drain().toNanos();
                    awaitQuietly(() -> expected.receivedAll(receiver), drainEnd);
                    return expected.summarise(settings, load, topic);
                }
            }
        } finally {
            TempDirs.deleteQuietly(dir);
        }
    }

    /**
     * When the measured part started and ended (nanoTime), the articles and claims it produced, and the CPU
     * time the whole JVM (broker, service, receiver, load) used meanwhile.
     */
    record Load(long measureStart, long measureEnd, long articles, long claims, long cpuNanos) {
    }

    private Load produce(Map<String, Object> client, AlertsWorkload workload, Expectations expected) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            long period = Math.round(1e9 / settings.rate());
            long total = settings.articles();
            long warmUp = settings.warmUpArticles();
            long start = System.nanoTime();
            long measureStart = start + warmUp * period;
            long claims = 0;
            long reported = start;
            long cpuAtMeasureStart = warmUp == 0 ? cpuNanos() : -1;
            for (long i = 0; i < total; i++) {
                if (i == warmUp && cpuAtMeasureStart < 0) {
                    cpuAtMeasureStart = cpuNanos();
                }
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Instant now = Instant.now();
                AlertsWorkload.Step step = workload.next(i, now);
                send(producer, Topics.ARTICLES, step.article().id(), step.article(), now);
                send(producer, Topics.ASSIGNMENTS, step.article().id(), step.assignment(), now);
                if (step.claim() != null) {
                    send(producer, Topics.CLAIMS, step.claim().id(), step.claim(), now);
                    expected.claim(step.claim(), now, i, due);
                    claims += i >= warmUp ? 1 : 0;
                }
                if (System.nanoTime() - reported > 10_000_000_000L) {
                    progress.printf("%d of %d articles produced%n", i + 1, total);
                    reported = System.nanoTime();
                }
            }
            producer.flush();
            return new Load(measureStart, System.nanoTime(), total - warmUp, claims, cpuNanos() - cpuAtMeasureStart);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static <V> void send(KafkaProducer<byte[], byte[]> producer, TopicSpec<String, V> topic, String key, V value, Instant time) {
        producer.send(new ProducerRecord<>(topic.name(), null, time.toEpochMilli(),
                topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        if (!awaitQuietly(condition, System.nanoTime() + timeout.toNanos())) {
            throw new IllegalStateException("gave up waiting " + timeout + " for " + what);
        }
    }

    /**
     * Polls every 200 ms until the condition holds (true) or the deadline passes (false): a measuring
     * program, not a test. The receiver stamps each alert as it arrives, so the polling adds nothing to latency.
     */
    private static boolean awaitQuietly(BooleanSupplier condition, long deadlineNanos) {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            LockSupport.parkNanos(200_000_000L);
        }
        return true;
    }

    /** The alerts the produced claims should raise, when, and which of them are measured. */
    private static final class Expectations {

        private final SubscriptionMatcher matcher;
        private final Set<String> immediate = new HashSet<>();
        private final Set<String> sourceFiltered = new HashSet<>();
        private final Map<String, String> subscriptionOf = new HashMap<>();
        private final Map<String, Long> dueBy = new HashMap<>();
        private final Set<String> measured = new HashSet<>();
        private final long warmUpArticles;
        private final long groupWaitNanos;
        private final Map<String, Long> first = new HashMap<>();
        private long deliveries;
        private long repeats;
        private long unexpected;
        private long receivedMeasured;

        Expectations(List<SubscriptionConfig> subscriptions, long warmUpArticles, long groupWaitNanos) {
            this.matcher = new SubscriptionMatcher(subscriptions);
            subscriptions.stream().filter(s -> DeliverySchedule.IMMEDIATE.equals(s.schedule().mode()))
                    .forEach(s -> immediate.add(s.id()));
            subscriptions.stream().filter(s -> !s.sources().isEmpty() || !s.excludeSources().isEmpty()).forEach(s -> sourceFiltered.add(s.id()));
            this.warmUpArticles = warmUpArticles;
            this.groupWaitNanos = groupWaitNanos;
        }

        /** The alerts this claim record raises: those of (subscription, story) pairs no earlier claim raised. */
        void claim(Claim claim, Instant time, long index, long dueNanos) {
            for (Alert alert : matcher.match(claim, time)) {
                if (dueBy.putIfAbsent(alert.id(), dueNanos + groupWaitNanos) == null
                        && index >= warmUpArticles && immediate.contains(alert.subscriptionId())) {
                    measured.add(alert.id());
                    subscriptionOf.put(alert.id(), alert.subscriptionId());
                }
            }
        }

        Set<String> measured() {
            return measured;
        }

        /** Takes in what the receiver got since the last call; true once every measured alert arrived. */
        boolean receivedAll(WebhookReceiver receiver) {
            for (WebhookReceiver.Received r = receiver.received().poll(); r != null; r = receiver.received().poll()) {
                deliveries++;
                if (first.containsKey(r.alertId())) {
                    repeats++;
                } else if (!r.digest()) {
                    first.put(r.alertId(), r.nanos());
                    unexpected += dueBy.containsKey(r.alertId()) ? 0 : 1;
                    receivedMeasured += measured.contains(r.alertId()) ? 1 : 0;
                }
            }
            return receivedMeasured >= measured.size();
        }

        Summary summarise(LoadSettings settings, Load load, AlertsTopicWatch topic) {
            long missingUnfiltered = measured.stream().filter(id -> !first.containsKey(id) && !sourceFiltered.contains(subscriptionOf.get(id)))
                    .count();
            long[] latencies = measured.stream().filter(first::containsKey).mapToLong(id -> first.get(id) - dueBy.get(id)).toArray();
            long[] sorted = Summary.sorted(latencies);
            long[] streams = Summary.sorted(measured.stream().filter(id -> topic.visibleAt(id) != null)
                    .mapToLong(id -> topic.visibleAt(id) - dueBy.get(id)).toArray());
            double seconds = (load.measureEnd() - load.measureStart()) / 1e9;
            return new Summary("alerts-latency", settings.subscriptions(), settings.rules(), settings.rate(),
                    Math.round(load.articles() / seconds * 10) / 10.0, Math.round(seconds * 10) / 10.0, load.claims(),
                    measured.size(), measured.stream().filter(id -> sourceFiltered.contains(subscriptionOf.get(id))).count(), sorted.length, measured.size() - sorted.length, missingUnfiltered, deliveries,
                    Math.round(sorted.length / seconds * 10) / 10.0, repeats, unexpected, settings.groupWait().toMillis(),
                    Summary.percentileMs(sorted, 0.5), Summary.percentileMs(sorted, 0.9), Summary.percentileMs(sorted, 0.99),
                    Summary.percentileMs(sorted, 1.0), Summary.percentileMs(streams, 0.5), Summary.percentileMs(streams, 0.99),
                    Math.round(load.cpuNanos() / (seconds * 1e9) * 100) / 100.0, loadAverage());
        }

        private static double loadAverage() {
            try {
                return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            } catch (IOException | RuntimeException e) {
                return -1; // not Linux: unknown
            }
        }
    }
}
