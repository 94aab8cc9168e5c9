package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

@ExtendWith(KafkaBrokerExtension.class)
class IngestServiceIT {

    private static final String FEED_TEMPLATE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Küstenbote</title><link>https://kuestenbote.example/</link><description>Nachrichten</description>"
            + "<item><title>Sturmflut erreicht die Inseln</title><link>https://kuestenbote.example/sturmflut</link>"
            + "<description>%s</description></item>"
            + "<item><title>Fährverkehr eingeschränkt</title><link>https://kuestenbote.example/faehren?utm_source=rss</link>"
            + "<description>Wegen des Sturms fallen am Nachmittag mehrere Fährverbindungen zu den Inseln aus.</description></item>"
            + "</channel></rss>";

    private final LocalHttpServer server = new LocalHttpServer();
    private final AtomicReference<String> firstItemText =
            new AtomicReference<>("Die Sturmflut hat in der Nacht die Inseln erreicht, der Pegel stieg deutlich an.");
    private final String sourceId = KafkaBrokerExtension.unique("kuestenbote");
    private final List<Article> received = new ArrayList<>();
    private KafkaConsumer<String, Article> consumer;

    @BeforeEach
    void setUp() throws Exception {
        server.route("/feed.rss", exchange -> LocalHttpServer.respond(exchange, 200, "application/rss+xml",
                String.format(FEED_TEMPLATE, firstItemText.get()).getBytes(StandardCharsets.UTF_8)));
        ArticlesTopic.create();
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("ingest-it"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Topics.ARTICLES.keySerde().deserializer(), Topics.ARTICLES.valueSerde().deserializer());
        consumer.subscribe(List.of(Topics.ARTICLES.name()));
    }

    @AfterEach
    void tearDown() {
        consumer.close();
        server.close();
    }

    @Test
    void publishesEachArticleOnceAcrossPollsAndRestartsAndAgainWhenItsTextChanges(@TempDir Path stateDir) {
        IngestConfig config = IngestConfig.defaults().withSources(List.of(new SourceConfig(sourceId,
                server.uri("/feed.rss").toString(), Duration.ofMillis(300), null, null, null)));
        Map<String, Object> kafka = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers());

        try (IngestService service = new IngestService(config, kafka, stateDir)) {
            service.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(drain()).hasSize(2));
            // Polls are sequential per source: when the 4th request arrives, the 3rd poll has published.
            await().atMost(Duration.ofSeconds(30)).until(() -> server.requestsTo("/feed.rss") >= 4);
            assertThat(service.health().get(sourceId).consecutiveFailures()).isZero();
            assertThat(service.health().get(sourceId).lastSuccess()).isNotNull();
        }
        assertNothingMoreArrives(2);
        assertThat(received).extracting(Article::version).containsOnly(1);
        assertThat(received).extracting(Article::url).containsExactlyInAnyOrder(
                "https://kuestenbote.example/sturmflut", "https://kuestenbote.example/faehren");
        assertThat(received).allSatisfy(a -> {
            assertThat(a.sourceId()).isEqualTo(sourceId);
            assertThat(a.language()).isEqualTo("de");
        });

        // Restart on the same state directory with the first item corrected.
        firstItemText.set("Die Sturmflut hat in der Nacht die Inseln erreicht, der Pegel stieg um fast drei Meter.");
        long before = server.requestsTo("/feed.rss");
        try (IngestService restarted = new IngestService(config, kafka, stateDir)) {
            restarted.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(drain()).hasSize(3));
            await().atMost(Duration.ofSeconds(30)).until(() -> server.requestsTo("/feed.rss") >= before + 3);
        }
        assertNothingMoreArrives(3);
        Article correction = received.get(2);
        assertThat(correction.url()).isEqualTo("https://kuestenbote.example/sturmflut");
        assertThat(correction.version()).isEqualTo(2);
        assertThat(correction.text()).contains("fast drei Meter");
    }

    @Test
    void publishesFeedItemsWithoutLinkOnceAcrossPolls(@TempDir Path stateDir) {
        server.route("/amtsblatt.rss", exchange -> LocalHttpServer.respond(exchange, 200, "application/rss+xml",
                FeedItemsWithoutLinkTest.FEED.strip().getBytes(StandardCharsets.UTF_8)));
        IngestConfig config = IngestConfig.defaults().withSources(List.of(new SourceConfig(sourceId,
                server.uri("/amtsblatt.rss").toString(), Duration.ofMillis(300), null, null, null)));
        Map<String, Object> kafka = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers());

        try (IngestService service = new IngestService(config, kafka, stateDir)) {
            service.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(drain()).hasSize(3));
            // Polls are sequential per source: when the 4th request arrives, the 3rd poll has published.
            await().atMost(Duration.ofSeconds(30)).until(() -> server.requestsTo("/amtsblatt.rss") >= 4);
        }
        assertNothingMoreArrives(3);
        assertThat(received).extracting(Article::url).containsExactlyInAnyOrder(null, null, "https://nordheide.example/gemeinderat");
        assertThat(received).extracting(Article::version).containsOnly(1);
    }

    private void assertNothingMoreArrives(int expected) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(drain()).hasSize(expected));
    }

    /** Reads what arrived since the last call; returns everything received from this test's source. */
    private List<Article> drain() {
        for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
            // Records without a value are ingest's progress marks, not articles.
            if (record.value() != null && sourceId.equals(record.value().sourceId())) {
                assertThat(record.key()).isEqualTo(record.value().id());
                received.add(record.value());
            }
        }
        return received;
    }
}
