package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.alerts.channel.WebhookSignature;
import io.wirewatch.alerts.dispatch.DeadLetterTool;
import io.wirewatch.alerts.matching.AlertsTopology;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Delivery;
import io.wirewatch.events.Ids;
import io.wirewatch.events.Json;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;
import io.wirewatch.testkit.SettableClock;

@ExtendWith(KafkaBrokerExtension.class)
class AlertsServiceIT {

    private static final String SECRET = "nachtdienst";
    private static final int PARTITIONS = 3;

    @TempDir
    Path stateDir;

    private HttpServer webhook;
    private final AtomicInteger webhookCalls = new AtomicInteger();
    private final List<Received> accepted = new CopyOnWriteArrayList<>();

    /** A webhook call the server answered with 200. */
    record Received(String deliveryId, long timestamp, String signature, byte[] body) {
    }

    @BeforeAll
    static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            for (var spec : Topics.all()) {
                NewTopic topic = new NewTopic(spec.name(), PARTITIONS, (short) 1);
                if (spec.compacted()) {
                    topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @BeforeEach
    void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/eingang", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            // The first call fails, as an endpoint in the middle of a deploy would.
            int status = webhookCalls.incrementAndGet() == 1 ? 500 : 200;
            if (status == 200) {
                var headers = exchange.getRequestHeaders();
                accepted.add(new Received(headers.getFirst("X-Wirewatch-Delivery"),
                        Long.parseLong(headers.getFirst("X-Wirewatch-Timestamp")),
                        headers.getFirst("X-Wirewatch-Signature"), body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stopWebhook() {
        webhook.stop(0);
    }

    @Test
    void copiesOfAStoryReachEachChannelOnceAndNotAgainAfterRestart() {
        AlertsConfig config = config(KafkaBrokerExtension.unique("alerts-it"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(console, true, StandardCharsets.UTF_8))) {
            service.start();
            produce(Fixtures.hafenStory());

            await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() == 1 && lines(console).size() == 1);
            // Nothing else arrives: the copies and the second claim of the story were de-duplicated.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> accepted.size() == 1 && lines(console).size() == 1);
        }

        Received delivery = accepted.get(0);
        Alert sent = Json.read(new String(delivery.body(), StandardCharsets.UTF_8), Alert.class);
        assertThat(sent.subscriptionId()).isEqualTo("newsdesk-webhook");
        assertThat(sent.storyId()).isEqualTo("story-hafen");
        assertThat(delivery.deliveryId()).isEqualTo(sent.id());
        assertThat(WebhookSignature.verify(SECRET, delivery.timestamp(), delivery.body(), delivery.signature())).isTrue();
        assertThat(webhookCalls).hasValue(2); // one refused, one retried and accepted

        Alert printed = Json.read(lines(console).get(0), Alert.class);
        assertThat(printed.subscriptionId()).isEqualTo("newsdesk-console");
        assertThat(printed.storyId()).isEqualTo("story-hafen");

        // A restart resumes from the committed offsets: the new console sees only the new story.
        ByteArrayOutputStream afterRestart = new ByteArrayOutputStream();
        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(afterRestart, true, StandardCharsets.UTF_8))) {
            service.start();
            produce(List.of(Fixtures.claim("c-werft-1", "story-werft", List.of("sanktionen"))));

            await().atMost(Duration.ofSeconds(60)).until(() -> lines(afterRestart).size() == 1);
        }
        assertThat(Json.read(lines(afterRestart).get(0), Alert.class).storyId()).isEqualTo("story-werft");
        assertThat(accepted).extracting(d -> Json.read(new String(d.body(), StandardCharsets.UTF_8), Alert.class).storyId())
                .containsExactly("story-hafen", "story-werft");
    }

    @Test
    void alertThatNoRetryDeliversGoesToDeadLettersAndOthersStillArrive() {
        webhook.createContext("/kaputt", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/kaputt";
        AlertsConfig config = new AlertsConfig(KafkaBrokerExtension.unique("alerts-dlq-it"), null, 2, Duration.ofMillis(100), Duration.ZERO, null, null, Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(
                        new SubscriptionConfig("dauerhaft-kaputt", List.of("ruestung"), List.of(ChannelConfig.webhook(url, SECRET))),
                        new SubscriptionConfig("ruestung-konsole", List.of("ruestung"), List.of(ChannelConfig.console()))));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<ConsumerRecord<byte[], byte[]>> deadLetters = new CopyOnWriteArrayList<>();

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(console, true, StandardCharsets.UTF_8));
             KafkaConsumer<byte[], byte[]> dlq = deadLetterConsumer()) {
            service.start();
            produce(List.of(Fixtures.claim("c-panzer-1", "story-panzer", List.of("ruestung"))));

            await().atMost(Duration.ofSeconds(60)).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                return deadLetters.stream().anyMatch(r -> "dauerhaft-kaputt".equals(header(r, "wirewatch.error.subscription")));
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> lines(console).size() == 1);
        }

        ConsumerRecord<byte[], byte[]> letter = deadLetters.stream()
                .filter(r -> "dauerhaft-kaputt".equals(header(r, "wirewatch.error.subscription"))).findFirst().orElseThrow();
        assertThat(header(letter, "wirewatch.error.status")).isEqualTo("503");
        assertThat(header(letter, "wirewatch.error.attempts")).isEqualTo("2");
        assertThat(header(letter, "wirewatch.source.topic")).isEqualTo(Topics.ALERTS.name());
        Alert lost = Json.read(new String(letter.value(), StandardCharsets.UTF_8), Alert.class);
        assertThat(lost.storyId()).isEqualTo("story-panzer");
        assertThat(Json.read(lines(console).get(0), Alert.class).subscriptionId()).isEqualTo("ruestung-konsole");
    }

    @Test
    void receiverHangingForItsWholeTimeoutDelaysNoOtherChannel() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer hangingServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hangingServer.setExecutor(Executors.newCachedThreadPool());
        hangingServer.createContext("/haengt", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hanging.countDown();
            try {
                release.await(2, TimeUnit.MINUTES); // longer than the channel's timeout: the sender gives up first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        hangingServer.start();
        Duration hangTimeout = Duration.ofSeconds(40);
        String hangingUrl = "http://127.0.0.1:" + hangingServer.getAddress().getPort() + "/haengt";
        String fastUrl = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/eingang";
        webhookCalls.set(1); // the fast receiver accepts at once
        // Rules of its own: every test's Streams application reads the whole claims topic.
        AlertsConfig config = new AlertsConfig(KafkaBrokerExtension.unique("alerts-isolation-it"), null, 1, Duration.ofMillis(100), null, null, null, Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(
                        new SubscriptionConfig("haengender-empfaenger", List.of("marine"),
                                List.of(new ChannelConfig(ChannelConfig.WEBHOOK, hangingUrl, SECRET, null, hangTimeout))),
                        new SubscriptionConfig("schneller-empfaenger", List.of("schifffahrt"),
                                List.of(ChannelConfig.webhook(fastUrl, SECRET)))));
        config.validate(Set.of("marine", "schifffahrt"));

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(new ByteArrayOutputStream()))) {
            service.start();
            produce(List.of(Fixtures.claim("c-fregatte-1", "story-fregatte", List.of("marine"))));
            assertThat(hanging.await(60, TimeUnit.SECONDS)).as("the hanging receiver got its call").isTrue();

            produce(List.of(Fixtures.claim("c-faehre-1", "story-faehre", List.of("schifffahrt"))));

            // Well within the hanging receiver's timeout: the fast channel does not wait for it.
            await().atMost(hangTimeout.minusSeconds(10)).until(() -> !accepted.isEmpty());
            assertThat(release.getCount()).as("the hanging call is still open").isEqualTo(1);
            assertThat(Json.read(new String(accepted.get(0).body(), StandardCharsets.UTF_8), Alert.class).subscriptionId())
                    .isEqualTo("schneller-empfaenger");
            assertThat(service.dispatcherRunning()).isTrue();
        } finally {
            release.countDown();
            hangingServer.stop(0);
        }
    }

    @Test
    void receiverDownForSeveralRoundsGetsTheAlertOnceAndEveryOutcomeIsLogged() {
        AtomicInteger calls = new AtomicInteger();
        List<String> deliveryIds = new CopyOnWriteArrayList<>();
        webhook.createContext("/ausfall", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = calls.incrementAndGet() <= 5 ? 503 : 200; // down for three rounds of two attempts
            if (status == 200) {
                deliveryIds.add(exchange.getRequestHeaders().getFirst("X-Wirewatch-Delivery"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/ausfall";
        AlertsConfig config = new AlertsConfig(KafkaBrokerExtension.unique("alerts-outage-it"), null, 2, Duration.ofMillis(100),
                Duration.ofMinutes(10), Duration.ofSeconds(1), null, Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(new SubscriptionConfig("ausfall-desk", List.of("bahnstreik"),
                        List.of(ChannelConfig.webhook(url, SECRET)))));
        config.validate(Set.of("bahnstreik"));
        List<Delivery> log = new CopyOnWriteArrayList<>();

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(new ByteArrayOutputStream()));
             KafkaConsumer<String, Delivery> deliveries = deliveryLogConsumer()) {
            service.start();
            produce(List.of(Fixtures.claim("c-streik-1", "story-streik", List.of("bahnstreik"))));

            await().atMost(Duration.ofSeconds(60)).until(() -> {
                deliveries.poll(Duration.ofMillis(200)).forEach(r -> {
                    if ("ausfall-desk".equals(r.value().subscriptionId())) {
                        log.add(r.value());
                    }
                });
                return log.stream().anyMatch(d -> d.outcome().equals(Delivery.DELIVERED));
            });
        }

        assertThat(deliveryIds).singleElement().isEqualTo(Ids.hash("ausfall-desk", "story-streik"));
        assertThat(log).extracting(Delivery::outcome).containsExactly(
                Delivery.FAILED, Delivery.FAILED, Delivery.RETRIED,
                Delivery.FAILED, Delivery.FAILED, Delivery.RETRIED,
                Delivery.FAILED, Delivery.DELIVERED);
        assertThat(log).filteredOn(d -> !d.outcome().equals(Delivery.RETRIED))
                .extracting(Delivery::attempt).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(log).filteredOn(d -> d.outcome().equals(Delivery.FAILED)).allSatisfy(d -> assertThat(d.status()).isEqualTo(503));
        assertThat(log).filteredOn(d -> d.outcome().equals(Delivery.RETRIED))
                .allSatisfy(d -> assertThat(d.nextAttemptAt()).isAfter(d.at().minusMillis(1)));
    }

    @Test
    void scheduledRetrySurvivesARestart() {
        AtomicBoolean up = new AtomicBoolean(false);
        List<String> deliveryIds = new CopyOnWriteArrayList<>();
        webhook.createContext("/wartung", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = up.get() ? 200 : 503;
            if (status == 200) {
                deliveryIds.add(exchange.getRequestHeaders().getFirst("X-Wirewatch-Delivery"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/wartung";
        AlertsConfig config = new AlertsConfig(KafkaBrokerExtension.unique("alerts-retry-restart-it"), null, 1, Duration.ofSeconds(2),
                Duration.ofHours(1), Duration.ofSeconds(4), null, Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(new SubscriptionConfig("wartungs-desk", List.of("stellwerk"),
                        List.of(ChannelConfig.webhook(url, SECRET)))));
        config.validate(Set.of("stellwerk"));

        try (KafkaConsumer<String, Delivery> deliveries = deliveryLogConsumer()) {
            try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(new ByteArrayOutputStream()))) {
                service.start();
                produce(List.of(Fixtures.claim("c-stellwerk-1", "story-stellwerk", List.of("stellwerk"))));
                await().atMost(Duration.ofSeconds(60)).until(() -> outcomes(deliveries, "wartungs-desk").contains(Delivery.RETRIED));
            }
            // Down while the service is stopped; back up before it restarts: only the retry topic knows the alert is owed.
            up.set(true);
            try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(new ByteArrayOutputStream()))) {
                service.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> !deliveryIds.isEmpty());
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> deliveryIds.size() == 1);
            }
        }

        assertThat(deliveryIds).containsExactly(Ids.hash("wartungs-desk", "story-stellwerk"));
    }

    @Test
    void deadLettersAreListedAndReplayedToTheChannelThatRefusedThemOnce() {
        AtomicBoolean up = new AtomicBoolean(false);
        List<String> deliveryIds = new CopyOnWriteArrayList<>();
        webhook.createContext("/umzug", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = up.get() ? 200 : 410;
            if (status == 200) {
                deliveryIds.add(exchange.getRequestHeaders().getFirst("X-Wirewatch-Delivery"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/umzug";
        AlertsConfig config = new AlertsConfig(KafkaBrokerExtension.unique("alerts-replay-it"), null, 1, Duration.ofMillis(100),
                Duration.ZERO, null, null, Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(new SubscriptionConfig("umzugs-desk", List.of("umzug"),
                        List.of(ChannelConfig.console(), ChannelConfig.webhook(url, SECRET)))));
        config.validate(Set.of("umzug"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DeadLetterTool tool = new DeadLetterTool(kafka(), java.time.Clock.systemUTC());
        String alertId = Ids.hash("umzugs-desk", "story-umzug");

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(console, true, StandardCharsets.UTF_8));
             KafkaConsumer<String, Delivery> deliveries = deliveryLogConsumer()) {
            service.start();
            produce(List.of(Fixtures.claim("c-umzug-1", "story-umzug", List.of("umzug"))));
            await().atMost(Duration.ofSeconds(60)).until(() -> outcomes(deliveries, "umzugs-desk").contains(Delivery.DEAD_LETTERED));

            ByteArrayOutputStream listed = new ByteArrayOutputStream();
            tool.list(new PrintStream(listed, true, StandardCharsets.UTF_8));
            assertThat(lines(listed)).anySatisfy(line -> assertThat(line).contains("\"key\":\"" + alertId + "\"")
                    .contains("answered HTTP 410").contains("\"wirewatch.error.channel-index\":\"1\""));

            up.set(true);
            ByteArrayOutputStream replayed = new ByteArrayOutputStream();
            DeadLetterTool.Result result = tool.replay(config, "umzugs-desk", new PrintStream(replayed, true, StandardCharsets.UTF_8));
            assertThat(result.replayed()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveryIds.size() == 1);

            DeadLetterTool.Result again = tool.replay(config, "umzugs-desk", new PrintStream(new ByteArrayOutputStream()));
            assertThat(again.replayed()).as("a letter is replayed once").isZero();
        }

        assertThat(deliveryIds).containsExactly(alertId);
        assertThat(lines(console)).as("the console had accepted it; the replay goes to the webhook only").hasSize(1);
    }

    @Test
    void groupedNotificationOnTheBrokerFoldsClaimsAndRepeatsNothingAfterARestart() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        AlertsConfig config = new AlertsConfig(KafkaBrokerExtension.unique("alerts-grouping-it"), null, null, null, null, null,
                null, Duration.ofSeconds(2), Duration.ofMinutes(15), 3, null)
                .withSubscriptions(List.of(new SubscriptionConfig("gruppen-desk", List.of("fusion"),
                        List.of(ChannelConfig.console()))));
        config.validate(Set.of("fusion"));

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(console, true, StandardCharsets.UTF_8))) {
            service.start();
            produce(List.of(Fixtures.claim("c-fusion-1", "story-fusion", List.of("fusion")),
                    Fixtures.claim("c-fusion-2", "story-fusion", List.of("fusion"))));
            await().atMost(Duration.ofSeconds(60)).until(() -> lines(console).size() == 1);
        }
        Alert first = Json.read(lines(console).get(0), Alert.class);
        assertThat(first.claims()).extracting(Alert.ClaimRef::id).containsExactlyInAnyOrder("c-fusion-1", "c-fusion-2");

        ByteArrayOutputStream afterRestart = new ByteArrayOutputStream();
        try (AlertsService service = new AlertsService(config, kafka(), stateDir, new PrintStream(afterRestart, true, StandardCharsets.UTF_8))) {
            service.start();
            produce(List.of(Fixtures.claim("c-fusion-1", "story-fusion", List.of("fusion")), // a copy of a notified claim
                    Fixtures.claim("c-other-1", "story-other", List.of("fusion"))));
            await().atMost(Duration.ofSeconds(60)).until(() -> lines(afterRestart).size() == 1);
        }
        assertThat(Json.read(lines(afterRestart).get(0), Alert.class).storyId()).as("only the new story").isEqualTo("story-other");
    }

    @Test
    void hourlyDigestHeldOverARestartReachesTheWebhookWhenTheInjectedClockPassesTheFullHour() {
        SettableClock clock = new SettableClock(Instant.parse("2024-05-15T08:10:00Z"));
        String applicationId = KafkaBrokerExtension.unique("alerts-digest-it");
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/eingang";
        AlertsConfig config = new AlertsConfig(applicationId, Duration.ofDays(1), 3, Duration.ofMillis(200), null, null, null,
                Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(new SubscriptionConfig("stunden-desk", List.of("stundenblatt"),
                        List.of(ChannelConfig.webhook(url, SECRET))).withDelivery("hourly", null, "Europe/Berlin", null)));
        config.validate(Set.of("stundenblatt"));

        try (AlertsService service = new AlertsService(config, kafka(), stateDir, System.out, clock);
             KafkaConsumer<String, String> changelog = changelogConsumer(applicationId + "-" + AlertsTopology.DIGESTS_STORE + "-changelog")) {
            service.start();
            produce(List.of(Fixtures.claim("c-werft-1", "story-werft", List.of("stundenblatt")),
                    Fixtures.claim("c-dock-1", "story-dock", List.of("stundenblatt"))));

            // Both stories are held (committed to the digest store), and nothing went out before the hour.
            await().atMost(Duration.ofSeconds(60)).until(() -> heldStories(changelog) == 2);
            assertThat(accepted).isEmpty();
            assertThat(webhookCalls).hasValue(0);
        }

        // The held stories survive a restart; the digest goes out when the hour is over.
        try (AlertsService service = new AlertsService(config, kafka(), stateDir, System.out, clock)) {
            service.start();
            clock.set(Instant.parse("2024-05-15T09:00:00Z"));
            await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() == 1);
        }

        Received delivery = accepted.get(0);
        Alert digest = Json.read(new String(delivery.body(), StandardCharsets.UTF_8), Alert.class);
        long from = Instant.parse("2024-05-15T08:10:00Z").toEpochMilli();
        long to = Instant.parse("2024-05-15T09:00:00Z").toEpochMilli();
        assertThat(delivery.deliveryId()).as("the same id on the retry after the refused first call")
                .isEqualTo(digest.id()).isEqualTo(Ids.hash("stunden-desk", "digest", Long.toString(from), Long.toString(to)));
        assertThat(webhookCalls).hasValue(2);
        assertThat(WebhookSignature.verify(SECRET, delivery.timestamp(), delivery.body(), delivery.signature())).isTrue();
        assertThat(digest.digest().mode()).isEqualTo("hourly");
        assertThat(digest.digest().to()).isEqualTo(Instant.ofEpochMilli(to));
        assertThat(digest.digest().items()).extracting(Alert::storyId).containsExactlyInAnyOrder("story-werft", "story-dock");
    }

    private int held = 0;

    /** Stories the digest store holds in its latest committed change. */
    private int heldStories(KafkaConsumer<String, String> changelog) {
        changelog.poll(Duration.ofMillis(200)).forEach(r -> held = r.value() == null ? 0 : Json.read(r.value(), JsonNode.class).path("items").size());
        return held;
    }

    private static KafkaConsumer<String, String> changelogConsumer(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("changelog-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                // Streams creates the changelog after this consumer subscribed: look for it often.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private final List<Delivery> seen = new CopyOnWriteArrayList<>();

    /** The outcomes logged so far for a subscription (keeps what earlier polls returned). */
    private List<String> outcomes(KafkaConsumer<String, Delivery> deliveries, String subscriptionId) {
        deliveries.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.value()));
        return seen.stream().filter(d -> subscriptionId.equals(d.subscriptionId())).map(Delivery::outcome).toList();
    }

    private static KafkaConsumer<String, Delivery> deliveryLogConsumer() {
        KafkaConsumer<String, Delivery> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("delivery-log-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Topics.DELIVERIES.keySerde().deserializer(), Topics.DELIVERIES.valueSerde().deserializer());
        consumer.subscribe(List.of(Topics.DELIVERIES.name()));
        return consumer;
    }

    private static KafkaConsumer<byte[], byte[]> deadLetterConsumer() {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("dlq-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
        return consumer;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private AlertsConfig config(String applicationId) {
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/eingang";
        AlertsConfig config = new AlertsConfig(applicationId, Duration.ofDays(1), 3, Duration.ofMillis(200), null, null, null, Duration.ZERO, null, null, null)
                .withSubscriptions(List.of(
                        new SubscriptionConfig("newsdesk-webhook", List.of("sanktionen"),
                                List.of(ChannelConfig.webhook(url, SECRET))),
                        new SubscriptionConfig("newsdesk-console", List.of("hafen", "sanktionen"),
                                List.of(ChannelConfig.console()))));
        config.validate(Set.of("sanktionen", "hafen"));
        return config;
    }

    private static Map<String, Object> kafka() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers());
    }

    private static void produce(List<Claim> claims) {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Claim> producer = new KafkaProducer<>(props,
                Topics.CLAIMS.keySerde().serializer(), Topics.CLAIMS.valueSerde().serializer())) {
            for (Claim claim : claims) {
                producer.send(new ProducerRecord<>(Topics.CLAIMS.name(), claim.id(), claim));
            }
            producer.flush();
        }
    }

    private static List<String> lines(ByteArrayOutputStream console) {
        return console.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }
}
