package io.wirewatch.processor.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;

class CompactArticlesTest {

    private static final String TOPIC = "wirewatch-processor-articles-by-story-repartition";

    private final CompactSerde<Article> serde = CompactArticles.serde();

    @Test
    void roundTripsEveryField() {
        Article article = new Article(1, "a1", 3, "wwa", "https://wwa.example/feed", "https://wwa.example/a1",
                "Bahn: Streik am Montag", "„Wir streiken“, sagte Mark Brenner.\n\nDer Verkehr ruht. 🚆", "de",
                List.of("Anna Beck", "Jo Lee"), Instant.parse("2026-03-02T08:00:00.123456789Z"), Instant.parse("2026-03-02T08:01:00Z"), "c0ffee");

        assertThat(roundTrip(article)).isEqualTo(article);
    }

    @Test
    void roundTripsAbsentFieldsAsAbsent() {
        Article article = new Article(1, "a2", 1, null, null, null, null, null, null, null, null, null, null);

        Article read = roundTrip(article);

        assertThat(read).isEqualTo(article);
        assertThat(read.publishedAt()).isNull();
        assertThat(read.contentHash()).isNull();
    }

    /** A text beyond writeUTF's 65,535 bytes must not make the record unwritable. */
    @Test
    void roundTripsATextLongerThanWriteUtfAllows() {
        Article article = new Article(1, "a3", 1, "wwa", null, null, "Dossier", "ä".repeat(70_000), "de", List.of(), null,
                Instant.parse("2026-03-02T08:01:00Z"), "h");

        assertThat(roundTrip(article)).isEqualTo(article);
    }

    /** What the story-keyed topic held before this encoding: the public JSON, read as it was. */
    @Test
    void readsAnArticleInThePublicJson() {
        Article article = new Article(1, "a4", 2, "wwa", null, "https://wwa.example/a4", "Titel", "Text.", "de",
                List.of("Anna Beck"), null, Instant.parse("2026-03-02T08:01:00Z"), "h");
        byte[] json = Topics.ARTICLES.valueSerde().serializer().serialize(TOPIC, article);

        assertThat(serde.deserializer().deserialize(TOPIC, json)).isEqualTo(article);
        assertThat(serde.serializer().serialize(TOPIC, article)).hasSizeLessThan(json.length);
    }

    private Article roundTrip(Article article) {
        return serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, article));
    }
}
