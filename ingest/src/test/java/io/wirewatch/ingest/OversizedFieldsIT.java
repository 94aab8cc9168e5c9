package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.normalise.FieldLimits;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * A feed whose items carry a 9 MB title, 2 MB of author and 3 MB of text full of characters JSON escapes:
 * every item is published, cut with the marker, each record far below the producer's
 * 1 MB request size, and the source stays healthy (before, the first such item failed every poll and the
 * source was paused).
 */
@ExtendWith(KafkaBrokerExtension.class)
class OversizedFieldsIT {

    private static final int KAFKA_DEFAULT_MAX_REQUEST = 1_048_576;

    private final LocalHttpServer server = new LocalHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void oversizedItemsArePublishedCutAndTheFeedGoesOn(@TempDir Path stateDir) throws Exception {
        ArticlesTopic.create();
        String sourceId = KafkaBrokerExtension.unique("bloated");
        String hugeTitle = "Sturmflut ".repeat(900_000);
        String hugeAuthor = "Hanna Petersen ".repeat(140_000);
        String escapedText = "Der Pegel stieg. \"\\ ".repeat(150_000);
        String feed = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Küstenbote</title>"
                + "<link>https://kuestenbote.example/</link><description>d</description>"
                + item("riesentitel", hugeTitle, "Hanna Petersen", "Die Sturmflut hat die Inseln erreicht.")
                + item("riesenautor", "Fähren fallen aus", hugeAuthor, "Die Fähren zu den Inseln fallen heute aus.")
                + item("escapes", "Pegelstand", "Jan Ohlsen", escapedText)
                + item("normal", "Deich hält", "Jan Ohlsen", "Der Deich hat der Sturmflut standgehalten.")
                + "</channel></rss>";
        server.serve("/feed.rss", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        // 14 MB of feed: above the default fetch cap of 10 MB, so this source is given more.
        IngestConfig config = new IngestConfig(List.of(
                new SourceConfig(sourceId, server.uri("/feed.rss").toString(), Duration.ofMinutes(5), null, null, null)),
                null, 20_000_000L, null, null, null, null, null);

        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (IngestService service = new IngestService(config, Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()), stateDir);
             KafkaConsumer<String, byte[]> consumer = consumer()) {
            service.start();
            consumer.subscribe(List.of(Topics.ARTICLES.name()));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && article(record).sourceId().equals(sourceId)) { // not a progress mark
                        records.add(record);
                    }
                }
                assertThat(records).hasSize(4);
            });
            assertThat(service.health().get(sourceId).healthy()).isTrue();
        }

        assertThat(records).allSatisfy(record -> assertThat(record.serializedValueSize())
                .isLessThanOrEqualTo(FieldLimits.MAX_ARTICLE_JSON_BYTES).isLessThan(KAFKA_DEFAULT_MAX_REQUEST));
        List<Article> articles = records.stream().map(OversizedFieldsIT::article).toList();
        assertThat(articles).filteredOn(a -> a.url().endsWith("/riesentitel")).singleElement().satisfies(a -> {
            assertThat(a.title()).hasSize(FieldLimits.TITLE_CHARS).startsWith("Sturmflut Sturmflut").endsWith(FieldLimits.MARKER);
            assertThat(a.text()).isEqualTo("Die Sturmflut hat die Inseln erreicht.");
        });
        assertThat(articles).filteredOn(a -> a.url().endsWith("/riesenautor")).singleElement().satisfies(a ->
                assertThat(a.authors()).singleElement().satisfies(author ->
                        assertThat(author).hasSize(FieldLimits.AUTHOR_CHARS).endsWith(FieldLimits.MARKER)));
        assertThat(articles).filteredOn(a -> a.url().endsWith("/escapes")).singleElement().satisfies(a ->
                assertThat(a.text()).startsWith("Der Pegel stieg.").endsWith(FieldLimits.MARKER)
                        .hasSizeLessThanOrEqualTo(FieldLimits.TEXT_CHARS));
        assertThat(articles).filteredOn(a -> a.url().endsWith("/normal")).singleElement().satisfies(a ->
                assertThat(a.title()).isEqualTo("Deich hält"));
    }

    private static String item(String slug, String title, String author, String text) {
        return "<item><title>" + title + "</title><link>https://kuestenbote.example/" + slug + "</link>"
                + "<dc:creator>" + author + "</dc:creator><description>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</description></item>";
    }

    private static Article article(ConsumerRecord<String, byte[]> record) {
        return Topics.ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("oversized-it"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * KAFKA_DEFAULT_MAX_REQUEST),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
