package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.alerts.channel.WebhookSignature;
import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.ops.OpsHttp;
import io.wirewatch.events.Json;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * The whole path on a real broker: a local HTTP server serves a feed, ingest publishes, the
 * processor groups the copies, alerts prints one console line and sends one signed webhook per
 * story; a restart on the same data directory re-sends nothing.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineEndToEndIT {

    private static final String SECRET = "s3cret";

    @TempDir
    Path data;

    private HttpServer server;
    private final AtomicReference<byte[]> feed = new AtomicReference<>();
    private final List<Delivery> webhooks = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);

    record Delivery(String timestamp, String signature, byte[] body) {
    }

    @BeforeEach
    void startServers() throws IOException {
        feed.set(fixture("e2e-feed.rss"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.rss", exchange -> {
            byte[] body = feed.get();
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            webhooks.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Wirewatch-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Wirewatch-Signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServers() {
        server.stop(0);
    }

    @Test
    void feedToOneAlertPerStoryAndNoResendAfterRestart() throws Exception {
        WirewatchConfig config = config();

        try (Pipeline pipeline = Pipeline.start(config, Service.parseList(null), console)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> consoleLines().size() >= 1 && webhooks.size() >= 1);
            awaitAlertsDelivered(config, pipeline.bootstrapServers(), 3);
            assertHealthAndMetrics(pipeline.opsPort());
            assertDashboardShowsTheAlertedStory(pipeline.dashboardPort().orElseThrow());
        }
        List<JsonNode> first = consoleLines();
        assertThat(first).as("two copies of one story, one rule-free story: one alert").hasSize(1);
        JsonNode alert = first.get(0);
        assertThat(alert.path("subscriptionId").asText()).isEqualTo("desk");
        assertThat(alert.path("storyId").asText()).isNotBlank();
        assertThat(webhooks).singleElement().satisfies(delivery -> {
            assertThat(WebhookSignature.verify(SECRET, Long.parseLong(delivery.timestamp()), delivery.body(),
                    delivery.signature())).isTrue();
            assertThat(Json.mapper().readTree(delivery.body()).path("storyId").asText())
                    .isEqualTo(alert.path("storyId").asText());
        });
        assertThat(publicTopics(config)).containsAll(Set.of(Topics.ARTICLES.name(), Topics.STORIES.name(),
                Topics.CLAIMS.name(), Topics.ALERTS.name()));

        // Restart on the same data with one new story in the feed: only the new story alerts.
        feed.set(fixture("e2e-feed-update.rss"));
        try (Pipeline pipeline = Pipeline.start(config, Service.parseList(null), console)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> consoleLines().size() >= 2);
            awaitAlertsDelivered(config, pipeline.bootstrapServers(), 4);
        }
        List<JsonNode> all = consoleLines();
        assertThat(all).hasSize(2);
        assertThat(all.get(1).path("storyId").asText()).isNotEqualTo(alert.path("storyId").asText());
        assertThat(webhooks).hasSize(2);
        assertThat(articleCount()).as("unchanged articles are not published again after the restart").isEqualTo(4);
        assertThat(readArticlesTopic()).as("ingest marked its progress on the articles topic after publishing")
                .anyMatch(value -> value == null);
    }

    /** What ops see over HTTP once the first feed went through: every part ready, each stage counted. */
    private void assertHealthAndMetrics(int port) throws Exception {
        HttpResponse<String> ready = OpsHttp.get(port, "/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode checks = Json.read(ready.body(), JsonNode.class).path("checks");
        assertThat(checks.fieldNames()).toIterable().containsExactly("broker", "processor", "alerts", "alerts-dispatcher", "ingest");
        assertThat(checks.path("processor").path("detail").asText()).isEqualTo("RUNNING");
        assertThat(checks.path("ingest").path("detail").asText()).startsWith("1 of 1 sources polled");

        String page = OpsHttp.get(port, "/metrics").body();
        assertThat(OpsHttp.sample(page, "wirewatch_ingest_articles_published_total", "source=\"e2e\"")).hasValue(3.0);
        assertThat(OpsHttp.sample(page, "wirewatch_ingest_polls_total", "source=\"e2e\"", "outcome=\"ok\"").orElse(0)).isGreaterThanOrEqualTo(1);
        // The processor counts what its transactions emit: a transaction retried after an abort counts again.
        // The alert needs only the first report of its story: the copy may still be on its way through the
        // processor. Ingest fetches the pages in parallel, so the later copy may also come first, be an original on
        // arrival and be revised to a copy when the earlier text follows (counted as reassigned, not as a copy).
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            String now = OpsHttp.get(port, "/metrics").body();
            double copies = OpsHttp.sample(now, "wirewatch_processor_articles_total", "kind=\"copy\"").orElse(0)
                    + OpsHttp.sample(now, "wirewatch_processor_stories_total", "event=\"reassigned\"").orElse(0);
            assertThat(copies).as("two copies of one story: a copy on arrival or by a revision").isGreaterThanOrEqualTo(1);
            assertThat(OpsHttp.sample(now, "wirewatch_processor_articles_total", "kind=\"original\"").orElse(0)).isGreaterThanOrEqualTo(2);
            assertThat(OpsHttp.sample(now, "wirewatch_processor_stories_total", "event=\"opened\"").orElse(0)).isGreaterThanOrEqualTo(2);
            double reordered = 0;
            for (String by : List.of("partitions", "grace", "idle")) {
                reordered += OpsHttp.sample(now, "wirewatch_processor_reorder_released_total", "by=\"" + by + "\"").orElse(0);
            }
            assertThat(reordered).as("every article left the reorder buffer, counted by why").isGreaterThanOrEqualTo(3);
            assertThat(OpsHttp.sample(now, "wirewatch_ingest_progress_marks_total", "outcome=\"sent\"").orElse(0))
                    .as("ingest marked every partition after publishing").isGreaterThanOrEqualTo(1);
        });
        assertThat(OpsHttp.sample(page, "wirewatch_processor_rule_matches_total", "rule=\"nk-arms\"").orElse(0)).isGreaterThanOrEqualTo(1);
        assertThat(OpsHttp.sample(page, "wirewatch_alerts_received_total", "subscription=\"desk\"", "kind=\"first\"")).hasValue(1.0);
        assertThat(OpsHttp.sample(page, "wirewatch_alerts_deliveries_total", "channel=\"console\"", "outcome=\"delivered\"")).hasValue(1.0);
        assertThat(OpsHttp.sample(page, "wirewatch_alerts_end_to_end_latency_seconds_count")).hasValue(2.0);
        assertThat(page).contains("wirewatch_alerts_end_to_end_latency_seconds_bucket{");
        assertThat(OpsHttp.sample(page, "jvm_memory_used_bytes")).isPresent();
        assertThat(page).as("Kafka Streams and client meters").contains("kafka_stream_").contains("kafka_producer_").contains("kafka_consumer_");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(OpsHttp.sample(OpsHttp.get(port, "/metrics").body(),
                "wirewatch_consumer_lag_records", "group=\"wirewatch-processor\"", "topic=\"news.articles.v1\"")).isPresent());
    }

    /** The dashboard, fed from the same topics, lists the story that alerted, with both copies and its alert. */
    private void assertDashboardShowsTheAlertedStory(int port) throws Exception {
        String storyId = consoleLines().get(0).path("storyId").asText();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + port + "/api/stories/" + storyId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode story = Json.mapper().readTree(response.body());
            assertThat(story.at("/articles").size()).as("two copies of one story").isEqualTo(2);
            assertThat(story.at("/articles/1/copy").asBoolean()).isTrue();
            assertThat(story.at("/alerts/0/alert/subscriptionId").asText()).isEqualTo("desk");
        });
    }

    private WirewatchConfig config() {
        String yaml = """
                kafka:
                  bootstrap: %s
                  partitions: 2
                data: '%s'
                sources:
                  - id: e2e
                    url: http://127.0.0.1:%d/feed.rss
                    interval: 1s
                rules:
                  - id: nk-arms
                    query: 'nordkorea* AND (rakete* OR munition*)'
                subscriptions:
                  - id: desk
                    rules: [nk-arms]
                    channels:
                      - type: console
                      - type: webhook
                        url: http://127.0.0.1:%d/hook
                        secret: %s
                alerts:
                  retryBackoff: 100ms
                  groupWait: 0s
                dashboard:
                  port: 0
                """.formatted(KafkaBrokerExtension.bootstrapServers(), data, server.getAddress().getPort(),
                server.getAddress().getPort(), SECRET);
        return ConfigLoader.parse(yaml, "e2e.yaml", Map.of("WIREWATCH_OPS_PORT", "0"));
    }

    /**
     * Waits until the processor, the alerts topology and the dispatcher have consumed everything
     * upstream of them: then no further alert can be on its way.
     */
    private void awaitAlertsDelivered(WirewatchConfig config, String bootstrap, int articles) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    articleCount() >= articles
                            && caughtUp(admin, config.processorConfig().applicationId(), Topics.ARTICLES.name())
                            && caughtUp(admin, config.alertsConfig().applicationId(), Topics.CLAIMS.name())
                            && caughtUp(admin, config.alertsConfig().applicationId() + "-dispatch", Topics.ALERTS.name()));
        }
    }

    /**
     * True when {@code group} has committed past the last record of every partition of
     * {@code topic}. Compared with the last record rather than the end offset: a transactional
     * topic ends in a commit marker that a consumer committing "record offset + 1" never passes.
     */
    private static boolean caughtUp(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        return lastRecordEnds(topic).entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
                && committed.get(end.getKey()).offset() >= end.getValue());
    }

    /** Per partition with records: the offset after its last committed record. */
    private static Map<TopicPartition, Long> lastRecordEnds(String topic) {
        Map<String, Object> props = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers(),
                "isolation.level", "read_committed", "enable.auto.commit", false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> last = new java.util.HashMap<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r ->
                        last.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
            }
            return last;
        }
    }

    /** Articles on the articles topic: records with a value (those without are ingest's progress marks). */
    private static long articleCount() {
        return readArticlesTopic().stream().filter(value -> value != null).count();
    }

    /** Every record value of the articles topic, read committed, from its beginning to its current end. */
    private static List<byte[]> readArticlesTopic() {
        Map<String, Object> props = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers(),
                "isolation.level", "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<byte[]> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
            return values;
        }
    }

    private static Set<String> publicTopics(WirewatchConfig config) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    private List<JsonNode> consoleLines() {
        String text = consoleBytes.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList()) {
            lines.add(Json.read(line, JsonNode.class));
        }
        return lines;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PipelineEndToEndIT.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
